// posix_spawnattr_getsigmask.cpp - the mask for POSIX_SPAWN_SETSIGMASK.
#include <spawn.h>

extern "C" int posix_spawnattr_getsigmask(const posix_spawnattr_t* a, sigset_t* out) {
    *out = a->__mask;
    return 0;
}
