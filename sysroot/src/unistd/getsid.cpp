// getsid.cpp - getsid(): the caller's session as the library keeps it
// (__support/pgroup.hpp); another process that exists is reported as the
// leader of its own session; a pid no process has is ESRCH.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/pgroup.hpp"

extern "C" pid_t getsid(pid_t pid) {
    if (pid == 0 || pid == getpid()) return wasix_libc::session_id();
    if (const int err = wasix_libc::pgroup_lookup(pid)) return wasix_libc::fail_posix(err);
    return pid;
}
