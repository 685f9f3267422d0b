// clock_settime.cpp - clock_settime over clock_time_set (the runtime
// decides whether the guest may set its clock). Only CLOCK_REALTIME can be
// set, as on Linux: the monotonic and CPU-time clocks are EINVAL.
#include <errno.h>
#include <time.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

extern "C" int clock_settime(clockid_t clk, const struct timespec* ts) {
    if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L || ts->tv_sec < 0) return wasix_libc::fail_posix(EINVAL);
    if (clk != CLOCK_REALTIME) return wasix_libc::fail_posix(EINVAL);
    const auto r = wasix::clock_time_set(
        wasix::clockid_t::realtime,
        static_cast<wasix::timestamp_t>(ts->tv_sec) * 1000000000ull + static_cast<wasix::timestamp_t>(ts->tv_nsec));
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
