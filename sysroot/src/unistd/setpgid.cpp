// setpgid.cpp - setpgid() on the groups the library keeps
// (__support/pgroup.hpp), with Linux's checks: a negative argument is
// EINVAL, a pid that is neither the caller nor a child of it ESRCH, a
// session leader cannot move (EPERM). The caller may lead a new group or
// join its current one or that of its session's leader (the groups of its
// session the library knows of); another is EPERM. For a child the call
// is accepted and changes nothing here: the child's ids are in its own
// memory.
#include <errno.h>
#include <unistd.h>

#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/pgroup.hpp"

extern "C" int setpgid(pid_t pid, pid_t pgid) {
    const pid_t self = getpid();
    if (pid < 0 || pgid < 0) return wasix_libc::fail_posix(EINVAL);
    if (pid != 0 && pid != self) {
        if (!wasix_libc::child_may_wait(pid) || !wasix_libc::process_exists(pid)) return wasix_libc::fail_posix(ESRCH);
        return 0;
    }
    const pid_t want = pgid == 0 ? self : pgid;
    if (wasix_libc::session_leader()) return wasix_libc::fail_posix(EPERM);
    if (want != self && want != wasix_libc::pgroup_id() && want != wasix_libc::session_id())
        return wasix_libc::fail_posix(EPERM);
    wasix_libc::set_pgroup_id(want);
    return 0;
}
