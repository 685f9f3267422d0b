// posix_spawnattr_setschedparam.cpp - kept, not applied (no scheduler).
#include <spawn.h>

extern "C" int posix_spawnattr_setschedparam(posix_spawnattr_t* a, const struct sched_param* value) {
    a->__param = *value;
    return 0;
}
