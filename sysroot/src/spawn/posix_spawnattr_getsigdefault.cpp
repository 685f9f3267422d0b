// posix_spawnattr_getsigdefault.cpp - the set for POSIX_SPAWN_SETSIGDEF.
#include <spawn.h>

extern "C" int posix_spawnattr_getsigdefault(const posix_spawnattr_t* a, sigset_t* out) {
    *out = a->__def;
    return 0;
}
