// sched_setaffinity.cpp - sched_setaffinity(): a mask with at least one of
// the process's CPUs is stored and reported back by sched_getaffinity (the
// runtime places threads itself); one without any is EINVAL, as on Linux
// (__support/affinity.hpp).
#define _GNU_SOURCE 1
#include <errno.h>
#include <sched.h>
#include <unistd.h>

#include "__support/affinity.hpp"
#include "__support/errno_map.hpp"

extern "C" int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t* set) {
    if (pid != 0 && pid != getpid()) return wasix_libc::fail_posix(ESRCH);
    if (const int e = wasix_libc::affinity_set(reinterpret_cast<const unsigned char*>(set), size))
        return wasix_libc::fail_posix(e);
    return 0;
}
