// timer_settime.cpp - timer_settime(): arm (relative, or absolute with
// TIMER_ABSTIME), repeat with it_interval, disarm with a zero it_value
// (__support/timers.hpp). EINVAL for an unknown id or a malformed timespec.
#include <errno.h>
#include <signal.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timer_settime(timer_t id, int flags, const struct itimerspec* value, struct itimerspec* old) {
    if (!value) return wasix_libc::fail_posix(EFAULT);
    const int err = wasix_timers::set(wasix_timers::index_of(id), (flags & TIMER_ABSTIME) != 0, value, old);
    return err ? wasix_libc::fail_posix(err) : 0;
}
