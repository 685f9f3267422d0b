// nanosleep.cpp - nanosleep and C11 thrd_sleep on WASIX thread_sleep, which
// suspends only the calling thread. (Replaces the bottom half's nanosleep.c,
// which goes through poll_oneoff; clock_nanosleep still does, for absolute
// and non-realtime sleeps.)
#include <errno.h>
#include <time.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

namespace {

// 0, or the errno value.
int sleep_for(const struct timespec* req) noexcept {
    if (req == nullptr || req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L) {
        return EINVAL;
    }
    constexpr wasix::timestamp_t max_ns = ~wasix::timestamp_t{0};
    const auto sec = static_cast<wasix::timestamp_t>(req->tv_sec);
    const wasix::timestamp_t ns = sec > (max_ns - static_cast<wasix::timestamp_t>(req->tv_nsec)) / 1000000000u
        ? max_ns
        : sec * 1000000000u + static_cast<wasix::timestamp_t>(req->tv_nsec);
    const auto r = wasix::thread_sleep(ns);
    return r ? 0 : wasix_libc::posix_errno(r.error());
}

}  // namespace

extern "C" int nanosleep(const struct timespec* req, struct timespec* rem) {
    (void)rem;  // never interrupted: WASIX delivers no signal into a sleep
    const int err = sleep_for(req);
    if (err != 0) {
        errno = err;
        return -1;
    }
    return 0;
}

extern "C" int thrd_sleep(const struct timespec* req, struct timespec* rem) {
    (void)rem;
    return sleep_for(req) == 0 ? 0 : -2;
}
