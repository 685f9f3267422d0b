// select(2). As Linux does, a timeout is given back holding the time not
// slept (0 after a full timeout), whatever the result.
#include <errno.h>
#include <sys/select.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/select_impl.hpp"

namespace {

long long monotonic_ns() {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

}  // namespace

extern "C" int select(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
                      struct timeval* __restrict timeout) {
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_usec < 0) return wasix_libc::fail_posix(EINVAL);
        ns = static_cast<long long>(timeout->tv_sec) * 1000000000LL + static_cast<long long>(timeout->tv_usec) * 1000LL;
    }
    // A zero timeout is left alone (Linux does not write it back either).
    if (ns <= 0) return wasix_libc::select_ns(nfds, r, w, e, ns);
    const long long end = monotonic_ns() + ns;
    const int n = wasix_libc::select_ns(nfds, r, w, e, ns);
    const int saved = errno;
    // A result of 0 means the whole timeout passed, even if the runtime's
    // clock woke the wait a little early.
    long long left = n == 0 ? 0 : end - monotonic_ns();
    if (left < 0) left = 0;
    timeout->tv_sec = static_cast<time_t>(left / 1000000000LL);
    timeout->tv_usec = static_cast<suseconds_t>((left % 1000000000LL) / 1000);
    errno = saved;
    return n;
}
