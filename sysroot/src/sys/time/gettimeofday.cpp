// gettimeofday.cpp - gettimeofday(): the real-time clock, and a struct
// timezone (obsolete, but still read) filled as Linux fills it for UTC.
// Replaces wasi-libc's gettimeofday.o, which ignores its second argument.
#include <sys/time.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"

extern "C" int gettimeofday(struct timeval* __restrict tv, void* __restrict tzp) {
    if (tv) {
        const auto t = wasix::clock_time_get(wasix::clockid_t::realtime, 1000);
        if (!t) return wasix_libc::fail(t.error());
        const uint64_t ns = static_cast<uint64_t>(*t);
        tv->tv_sec = static_cast<time_t>(ns / 1000000000u);
        tv->tv_usec = static_cast<suseconds_t>(ns % 1000000000u / 1000u);
    }
    if (tzp) {
        auto* tz = static_cast<struct timezone*>(tzp);
        tz->tz_minuteswest = 0;
        tz->tz_dsttime = 0;
    }
    return 0;
}
