// sleep_for.cpp - see sleep_for.hpp.
#include <errno.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/sleep_for.hpp"

namespace wasix_libc {

int sleep_for(const struct timespec* req) noexcept {
    // Linux reads the request first: a null one is a bad address.
    if (req == nullptr) return EFAULT;
    if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L) return EINVAL;
    constexpr wasix::timestamp_t max_ns = ~wasix::timestamp_t{0};
    const auto sec = static_cast<wasix::timestamp_t>(req->tv_sec);
    const wasix::timestamp_t ns = sec > (max_ns - static_cast<wasix::timestamp_t>(req->tv_nsec)) / 1000000000u
        ? max_ns
        : sec * 1000000000u + static_cast<wasix::timestamp_t>(req->tv_nsec);
    const auto r = wasix::thread_sleep(ns);
    return r ? 0 : posix_errno(r.error());
}

}  // namespace wasix_libc
