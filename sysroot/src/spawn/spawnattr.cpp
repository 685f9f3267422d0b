// spawnattr.cpp - posix_spawnattr_*: plain fields of posix_spawnattr_t.
#include <errno.h>
#include <spawn.h>
#include <string.h>

extern "C" int posix_spawnattr_init(posix_spawnattr_t* a) {
    memset(a, 0, sizeof *a);
    return 0;
}

extern "C" int posix_spawnattr_destroy(posix_spawnattr_t*) { return 0; }

extern "C" int posix_spawnattr_setflags(posix_spawnattr_t* a, short flags) {
    const int known = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                      POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER |
                      POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID;
    if (flags & ~known) return EINVAL;
    a->__flags = flags;
    return 0;
}

extern "C" int posix_spawnattr_getflags(const posix_spawnattr_t* a, short* flags) {
    *flags = static_cast<short>(a->__flags);
    return 0;
}

extern "C" int posix_spawnattr_setpgroup(posix_spawnattr_t* a, pid_t pgrp) {
    a->__pgrp = pgrp;
    return 0;
}

extern "C" int posix_spawnattr_getpgroup(const posix_spawnattr_t* a, pid_t* pgrp) {
    *pgrp = a->__pgrp;
    return 0;
}

extern "C" int posix_spawnattr_setsigmask(posix_spawnattr_t* a, const sigset_t* mask) {
    a->__mask = *mask;
    return 0;
}

extern "C" int posix_spawnattr_getsigmask(const posix_spawnattr_t* a, sigset_t* mask) {
    *mask = a->__mask;
    return 0;
}

extern "C" int posix_spawnattr_setsigdefault(posix_spawnattr_t* a, const sigset_t* def) {
    a->__def = *def;
    return 0;
}

extern "C" int posix_spawnattr_getsigdefault(const posix_spawnattr_t* a, sigset_t* def) {
    *def = a->__def;
    return 0;
}

extern "C" int posix_spawnattr_setschedparam(posix_spawnattr_t* a, const struct sched_param* p) {
    a->__param = *p;
    return 0;
}

extern "C" int posix_spawnattr_getschedparam(const posix_spawnattr_t* a, struct sched_param* p) {
    *p = a->__param;
    return 0;
}

extern "C" int posix_spawnattr_setschedpolicy(posix_spawnattr_t* a, int policy) {
    a->__policy = policy;
    return 0;
}

extern "C" int posix_spawnattr_getschedpolicy(const posix_spawnattr_t* a, int* policy) {
    *policy = a->__policy;
    return 0;
}
