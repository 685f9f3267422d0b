// setpgrp.cpp - setpgrp(): setpgid(0, 0).
#include <unistd.h>

extern "C" int setpgrp(void) {
    return setpgid(0, 0);
}
