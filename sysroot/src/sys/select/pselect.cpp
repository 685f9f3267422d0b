// pselect(2): select with a nanosecond timeout and a signal mask for the
// wait (internal/sigmask_scope.hpp).
#include <errno.h>
#include <sys/select.h>

#include "__support/errno_map.hpp"
#include "__support/select_impl.hpp"
#include "__support/sigmask_scope.hpp"

extern "C" int pselect(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
                       const struct timespec* __restrict timeout, const sigset_t* __restrict sigmask) {
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
            return wasix_libc::fail_posix(EINVAL);
        ns = static_cast<long long>(timeout->tv_sec) * 1000000000LL + timeout->tv_nsec;
    }
    wasix_libc::sigmask_scope mask(sigmask);
    if (mask.interrupted()) return wasix_libc::fail_posix(EINTR);
    return wasix_libc::select_ns(nfds, r, w, e, ns);
}
