// setpriority.cpp - setpriority(): accepted and ignored (no priorities, see
// getpriority.cpp); raising the priority is refused with EACCES, as for an
// unprivileged process.
#include <errno.h>
#include <sys/resource.h>

#include "__support/errno_map.hpp"

extern "C" int setpriority(int which, id_t, int prio) {
    if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) return wasix_libc::fail_posix(EINVAL);
    if (prio < 0) return wasix_libc::fail_posix(EACCES);
    return 0;
}
