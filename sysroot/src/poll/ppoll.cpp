// ppoll(2): poll with a nanosecond timeout and a signal mask for the wait
// (internal/sigmask_scope.hpp).
#define _GNU_SOURCE 1
#include <errno.h>
#include <poll.h>

#include "__support/errno_map.hpp"
#include "__support/poll_impl.hpp"
#include "__support/sigmask_scope.hpp"

extern "C" int ppoll(struct pollfd* fds, nfds_t nfds, const struct timespec* timeout, const sigset_t* sigmask) {
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
            return wasix_libc::fail_posix(EINVAL);
        ns = timeout->tv_sec > 9000000000LL ? 9000000000LL * 1000000000LL
                                            : static_cast<long long>(timeout->tv_sec) * 1000000000LL + timeout->tv_nsec;
    }
    wasix_libc::sigmask_scope mask(sigmask);
    if (mask.interrupted()) return wasix_libc::fail_posix(EINTR);
    return wasix_libc::poll_ns(fds, nfds, ns);
}
