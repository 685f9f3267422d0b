// posix_spawnattr_getschedpolicy.cpp - the policy as set.
#include <spawn.h>

extern "C" int posix_spawnattr_getschedpolicy(const posix_spawnattr_t* a, int* out) {
    *out = a->__policy;
    return 0;
}
