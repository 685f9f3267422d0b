// posix_spawnattr_setsigdefault.cpp - the signals reset to SIG_DFL for
// POSIX_SPAWN_SETSIGDEF.
#include <spawn.h>

extern "C" int posix_spawnattr_setsigdefault(posix_spawnattr_t* a, const sigset_t* value) {
    a->__def = *value;
    return 0;
}
