// posix_spawnattr_getschedparam.cpp - the parameters as set.
#include <spawn.h>

extern "C" int posix_spawnattr_getschedparam(const posix_spawnattr_t* a, struct sched_param* out) {
    *out = a->__param;
    return 0;
}
