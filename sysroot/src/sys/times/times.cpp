// times.cpp - times(): the process's CPU time as user time (the runtime
// does not split user and system time) and the monotonic clock as the
// result, both in sysconf(_SC_CLK_TCK) ticks as on Linux.
#include <errno.h>
#include <sys/times.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/cpu_time.hpp"

extern "C" clock_t times(struct tms* buf) {
    const uint64_t ns_per_tick = 1000000000ull / static_cast<uint64_t>(sysconf(_SC_CLK_TCK));
    if (buf) {
        buf->tms_utime = static_cast<clock_t>(wasix_libc::cpu_time_ns() / ns_per_tick);
        buf->tms_stime = 0;
        // Children's times are not reported by the runtime.
        buf->tms_cutime = 0;
        buf->tms_cstime = 0;
    }
    const auto now = wasix::clock_time_get(wasix::clockid_t::monotonic, 1);
    return static_cast<clock_t>((now ? static_cast<uint64_t>(*now) : 0) / ns_per_tick);
}
