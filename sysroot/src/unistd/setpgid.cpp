// setpgid.cpp - setpgid(): groups cannot change (see getpgid.cpp), so only
// the calls that leave the process leading its own group succeed; the rest
// are refused with EPERM.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int setpgid(pid_t pid, pid_t pgid) {
    const pid_t self = getpid();
    if (pid < 0 || pgid < 0) return wasix_libc::fail_posix(EINVAL);
    if ((pid == 0 || pid == self) && (pgid == 0 || pgid == self)) return 0;
    return wasix_libc::fail_posix(EPERM);
}
