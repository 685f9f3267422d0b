// posix_spawnattr_setschedpolicy.cpp - kept, not applied (no scheduler).
#include <spawn.h>

extern "C" int posix_spawnattr_setschedpolicy(posix_spawnattr_t* a, int value) {
    a->__policy = value;
    return 0;
}
