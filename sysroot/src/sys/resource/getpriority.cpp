// getpriority.cpp - getpriority(): WASIX has no scheduling priorities;
// every process, group and user has the default, 0.
#include <errno.h>
#include <sys/resource.h>

#include "__support/errno_map.hpp"

extern "C" int getpriority(int which, id_t) {
    if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) return wasix_libc::fail_posix(EINVAL);
    return 0;
}
