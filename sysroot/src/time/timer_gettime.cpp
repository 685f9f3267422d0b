// timer_gettime.cpp - timer_gettime(): the time left and the interval
// (__support/timers.hpp); EINVAL for an unknown id.
#include <errno.h>
#include <signal.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timer_gettime(timer_t id, struct itimerspec* value) {
    if (!value) return wasix_libc::fail_posix(EFAULT);
    const int err = wasix_timers::get(wasix_timers::index_of(id), value);
    return err ? wasix_libc::fail_posix(err) : 0;
}
