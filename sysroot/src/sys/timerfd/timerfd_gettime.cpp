// timerfd_gettime.cpp - timerfd_gettime(): the time to the next expiry and
// the interval (__support/timers.hpp).
#include <errno.h>
#include <sys/timerfd.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timerfd_gettime(int fd, struct itimerspec* value) {
    if (!value) return wasix_libc::fail_posix(EFAULT);
    const int id = wasix_timers::find_descriptor(fd);
    if (id < 0) return -1;
    const int err = wasix_timers::get(id, value);
    return err ? wasix_libc::fail_posix(err) : 0;
}
