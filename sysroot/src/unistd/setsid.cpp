// setsid.cpp - setsid(): the caller leads a new session and group
// (__support/pgroup.hpp); a process that leads its group already is
// refused with EPERM, as on Linux (a program leads its own group from the
// start; a forked child does not).
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/pgroup.hpp"

extern "C" pid_t setsid(void) {
    const pid_t self = getpid();
    if (wasix_libc::pgroup_id() == self) return wasix_libc::fail_posix(EPERM);
    wasix_libc::lead_session(self);
    return self;
}
