// ppoll(2). WASIX delivers no asynchronous signals to a blocked call, so the
// signal mask argument has nothing to protect and is not applied.
#define _GNU_SOURCE 1
#include <errno.h>
#include <poll.h>

#include "../internal/errno_map.hpp"
#include "../internal/poll_impl.hpp"

extern "C" int ppoll(struct pollfd* fds, nfds_t nfds, const struct timespec* timeout, const sigset_t* sigmask) {
    (void)sigmask;
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
            return wasix_libc::fail_posix(EINVAL);
        ns = timeout->tv_sec > 9000000000LL ? 9000000000LL * 1000000000LL
                                            : static_cast<long long>(timeout->tv_sec) * 1000000000LL + timeout->tv_nsec;
    }
    return wasix_libc::poll_ns(fds, nfds, ns);
}
