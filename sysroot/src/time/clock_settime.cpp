// clock_settime.cpp - clock_settime over clock_time_set (the runtime
// decides whether the guest may set its clock).
#include <errno.h>
#include <time.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

extern "C" int clock_settime(clockid_t clk, const struct timespec* ts) {
    if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L || ts->tv_sec < 0) return wasix_libc::fail_posix(EINVAL);
    wasix::clockid_t id;
    if (clk == CLOCK_REALTIME)
        id = wasix::clockid_t::realtime;
    else if (clk == CLOCK_MONOTONIC)
        id = wasix::clockid_t::monotonic;
    else
        return wasix_libc::fail_posix(EINVAL);
    const auto r = wasix::clock_time_set(
        id, static_cast<wasix::timestamp_t>(ts->tv_sec) * 1000000000ull + static_cast<wasix::timestamp_t>(ts->tv_nsec));
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
