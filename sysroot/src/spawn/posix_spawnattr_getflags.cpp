// posix_spawnattr_getflags.cpp - the POSIX_SPAWN_* flags as set.
#include <spawn.h>

extern "C" int posix_spawnattr_getflags(const posix_spawnattr_t* a, short* flags) {
    *flags = static_cast<short>(a->__flags);
    return 0;
}
