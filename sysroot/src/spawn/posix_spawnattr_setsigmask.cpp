// posix_spawnattr_setsigmask.cpp - the child's mask for POSIX_SPAWN_SETSIGMASK.
#include <spawn.h>

extern "C" int posix_spawnattr_setsigmask(posix_spawnattr_t* a, const sigset_t* value) {
    a->__mask = *value;
    return 0;
}
