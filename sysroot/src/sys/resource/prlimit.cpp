// prlimit.cpp - prlimit(): read and change the limits of the own process
// (__support/rlimits.hpp); getrlimit and setrlimit call it. Raising a hard
// limit is refused with EPERM, as for an unprivileged process.
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/rlimits.hpp"

extern "C" int prlimit(pid_t pid, int resource, const struct rlimit* nl, struct rlimit* old) {
    if (pid != 0 && pid != getpid()) return wasix_libc::fail_posix(EPERM);
    if (resource < 0 || resource >= RLIM_NLIMITS) return wasix_libc::fail_posix(EINVAL);
    struct rlimit* const limits = wasix_libc::rlimits();
    if (old) *old = limits[resource];
    if (nl) {
        if (nl->rlim_cur > nl->rlim_max) return wasix_libc::fail_posix(EINVAL);
        if (nl->rlim_max > limits[resource].rlim_max) return wasix_libc::fail_posix(EPERM);
        limits[resource] = *nl;
    }
    return 0;
}
