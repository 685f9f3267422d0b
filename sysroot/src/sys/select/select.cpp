// select(2). The timeout is not updated with the time left (allowed by POSIX).
#include <errno.h>
#include <sys/select.h>

#include "__support/errno_map.hpp"
#include "__support/select_impl.hpp"

extern "C" int select(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
                      struct timeval* __restrict timeout) {
    long long ns = -1;
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_usec < 0) return wasix_libc::fail_posix(EINVAL);
        ns = static_cast<long long>(timeout->tv_sec) * 1000000000LL + static_cast<long long>(timeout->tv_usec) * 1000LL;
    }
    return wasix_libc::select_ns(nfds, r, w, e, ns);
}
