// timerfd_settime.cpp - timerfd_settime(): arm (relative or
// TFD_TIMER_ABSTIME), repeat, disarm with a zero it_value; the expiration
// count restarts at 0 (__support/timers.hpp). TFD_TIMER_CANCEL_ON_SET is
// accepted, but a clock change does not cancel the read.
#include <errno.h>
#include <sys/timerfd.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timerfd_settime(int fd, int flags, const struct itimerspec* value, struct itimerspec* old) {
    if (flags & ~(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)) return wasix_libc::fail_posix(EINVAL);
    if (!value) return wasix_libc::fail_posix(EFAULT);
    const int id = wasix_timers::find_descriptor(fd);
    if (id < 0) return -1;
    const int err = wasix_timers::set(id, (flags & TFD_TIMER_ABSTIME) != 0, value, old);
    return err ? wasix_libc::fail_posix(err) : 0;
}
