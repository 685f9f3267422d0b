// setpriority.cpp - setpriority(): the process's own nice value is stored
// (__support/priority.hpp; WASIX schedules nothing by it), clamped to
// -20..19 as Linux does; lowering it is refused with EACCES, as for an
// unprivileged process. For another process, group or user the call is
// accepted and has no effect; a pid no process has is ESRCH.
#include <errno.h>
#include <sys/resource.h>

#include "__support/errno_map.hpp"
#include "__support/priority.hpp"

extern "C" int setpriority(int which, id_t who, int prio) {
    const int target = wasix_libc::priority_target(which, who);
    if (target > 0) return wasix_libc::fail_posix(target);
    if (prio < -20) prio = -20;
    if (prio > 19) prio = 19;
    if (target < 0) return prio < 0 ? wasix_libc::fail_posix(EACCES) : 0;
    if (prio < wasix_libc::nice_value()) return wasix_libc::fail_posix(EACCES);
    wasix_libc::set_nice_value(prio);
    return 0;
}
