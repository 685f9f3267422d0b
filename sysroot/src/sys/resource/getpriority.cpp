// getpriority.cpp - getpriority(): the nice value the process set for
// itself (__support/priority.hpp); any other process, group or user has
// the default, 0; a pid no process has is ESRCH.
#include <errno.h>
#include <sys/resource.h>

#include "__support/errno_map.hpp"
#include "__support/priority.hpp"

extern "C" int getpriority(int which, id_t who) {
    const int target = wasix_libc::priority_target(which, who);
    if (target > 0) return wasix_libc::fail_posix(target);
    return target == 0 ? wasix_libc::nice_value() : 0;
}
