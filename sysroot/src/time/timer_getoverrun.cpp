// timer_getoverrun.cpp - timer_getoverrun(): the expirations that came on
// top of the last signal the timer sent (__support/timers.hpp).
#include <errno.h>
#include <signal.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timer_getoverrun(timer_t id) {
    const int n = wasix_timers::overrun(wasix_timers::index_of(id));
    return n < 0 ? wasix_libc::fail_posix(EINVAL) : n;
}
