// posix_spawnattr_setflags.cpp - POSIX_SPAWN_* flags; unknown bits: EINVAL.
#include <errno.h>
#include <spawn.h>

extern "C" int posix_spawnattr_setflags(posix_spawnattr_t* a, short flags) {
    const int known = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                      POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER |
                      POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID;
    if (flags & ~known) return EINVAL;
    a->__flags = flags;
    return 0;
}
