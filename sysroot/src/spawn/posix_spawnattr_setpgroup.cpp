// posix_spawnattr_setpgroup.cpp - the group for POSIX_SPAWN_SETPGROUP.
#include <spawn.h>

extern "C" int posix_spawnattr_setpgroup(posix_spawnattr_t* a, pid_t value) {
    a->__pgrp = value;
    return 0;
}
