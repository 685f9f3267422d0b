// pselect(2). WASIX delivers no asynchronous signals to a blocked call, so
// the signal mask has nothing to protect and is not applied.
#include <errno.h>
#include <sys/select.h>

#include "../internal/errno_map.hpp"
#include "../internal/select_impl.hpp"

extern "C" int pselect(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
                       const struct timespec* __restrict timeout, const sigset_t* __restrict sigmask) {
    (void)sigmask;
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
            return wasix_libc::fail_posix(EINVAL);
        ns = static_cast<long long>(timeout->tv_sec) * 1000000000LL + timeout->tv_nsec;
    }
    return wasix_libc::select_ns(nfds, r, w, e, ns);
}
