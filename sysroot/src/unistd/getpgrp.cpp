// getpgrp.cpp - getpgrp(): the own group, led by the process itself (see
// getpgid.cpp).
#include <unistd.h>

extern "C" pid_t getpgrp(void) {
    return getpid();
}
