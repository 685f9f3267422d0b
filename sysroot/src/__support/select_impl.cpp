// select over poll_ns: the three sets become one pollfd per descriptor.
// WASIX has no exceptional conditions (out-of-band data), so the except set
// only ever comes back empty.
#include <errno.h>
#include <poll.h>
#include <stdlib.h>

#include "__support/errno_map.hpp"
#include "__support/poll_impl.hpp"
#include "__support/select_impl.hpp"

namespace wasix_libc {

int select_ns(int nfds, fd_set* r, fd_set* w, fd_set* e, long long timeout_ns) noexcept {
    if (nfds < 0 || nfds > FD_SETSIZE) return fail_posix(EINVAL);
    int count = 0;
    for (int fd = 0; fd < nfds; ++fd)
        if ((r && FD_ISSET(fd, r)) || (w && FD_ISSET(fd, w)) || (e && FD_ISSET(fd, e))) ++count;

    struct pollfd stack_fds[16];
    struct pollfd* fds = stack_fds;
    if (count > 16) {
        fds = static_cast<struct pollfd*>(malloc(static_cast<size_t>(count) * sizeof *fds));
        if (!fds) return fail_posix(ENOMEM);
    }
    int n = 0;
    for (int fd = 0; fd < nfds; ++fd) {
        short ev = 0;
        if (r && FD_ISSET(fd, r)) ev |= POLLIN;
        if (w && FD_ISSET(fd, w)) ev |= POLLOUT;
        if (!ev && !(e && FD_ISSET(fd, e))) continue;
        fds[n].fd = fd;
        fds[n].events = ev;
        fds[n].revents = 0;
        ++n;
    }
    int result = poll_ns(fds, static_cast<nfds_t>(n), timeout_ns);
    if (result >= 0) {
        for (int i = 0; i < n; ++i)
            if (fds[i].revents & POLLNVAL) result = fail_posix(EBADF);
    }
    if (result >= 0) {
        result = 0;
        for (int i = 0; i < n; ++i) {
            const int fd = fds[i].fd;
            const short rev = fds[i].revents;
            if (r && FD_ISSET(fd, r)) {
                if (rev & (POLLIN | POLLHUP | POLLERR)) ++result;
                else FD_CLR(fd, r);
            }
            if (w && FD_ISSET(fd, w)) {
                if (rev & (POLLOUT | POLLERR)) ++result;
                else FD_CLR(fd, w);
            }
            if (e && FD_ISSET(fd, e)) FD_CLR(fd, e);
        }
    }
    if (fds != stack_fds) free(fds);
    return result;
}

}  // namespace wasix_libc
