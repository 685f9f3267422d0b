// posix_spawnattr_getpgroup.cpp - the group for POSIX_SPAWN_SETPGROUP.
#include <spawn.h>

extern "C" int posix_spawnattr_getpgroup(const posix_spawnattr_t* a, pid_t* out) {
    *out = a->__pgrp;
    return 0;
}
