// getrlimit.cpp - getrlimit, setrlimit, prlimit: the limits are kept by the
// libc (the runtime has none to report or enforce). Defaults: RLIMIT_NOFILE
// 1024 (the close-on-exec table's size), RLIMIT_STACK the main thread's
// stack size, RLIMIT_CORE 0, everything else unlimited. Raising a hard limit
// is refused with EPERM, as for an unprivileged process.
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

extern "C" {
// Linker-defined bounds of the main stack.
extern unsigned char __stack_low __attribute__((weak));
extern unsigned char __stack_high __attribute__((weak));
}

namespace {

struct rlimit limits[RLIM_NLIMITS];
bool initialised;

void init() {
    if (initialised) return;
    for (auto& l : limits) l.rlim_cur = l.rlim_max = RLIM_INFINITY;
    limits[RLIMIT_NOFILE].rlim_cur = limits[RLIMIT_NOFILE].rlim_max = 1024;
    limits[RLIMIT_CORE].rlim_cur = limits[RLIMIT_CORE].rlim_max = 0;
    if (&__stack_low && &__stack_high && &__stack_high > &__stack_low)
        limits[RLIMIT_STACK].rlim_cur = limits[RLIMIT_STACK].rlim_max =
            static_cast<rlim_t>(&__stack_high - &__stack_low);
    initialised = true;
}

}  // namespace

extern "C" int prlimit(pid_t pid, int resource, const struct rlimit* nl, struct rlimit* old) {
    if (pid != 0 && pid != getpid()) {
        errno = EPERM;
        return -1;
    }
    if (resource < 0 || resource >= RLIM_NLIMITS) {
        errno = EINVAL;
        return -1;
    }
    init();
    if (old) *old = limits[resource];
    if (nl) {
        if (nl->rlim_cur > nl->rlim_max) {
            errno = EINVAL;
            return -1;
        }
        if (nl->rlim_max > limits[resource].rlim_max) {
            errno = EPERM;
            return -1;
        }
        limits[resource] = *nl;
    }
    return 0;
}

extern "C" int getrlimit(int resource, struct rlimit* rl) {
    return prlimit(0, resource, nullptr, rl);
}

extern "C" int setrlimit(int resource, const struct rlimit* rl) {
    return prlimit(0, resource, rl, nullptr);
}

extern "C" int getpriority(int which, id_t) {
    if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}

extern "C" int setpriority(int which, id_t, int prio) {
    if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
        errno = EINVAL;
        return -1;
    }
    if (prio < 0) {
        errno = EACCES;
        return -1;
    }
    return 0;
}
