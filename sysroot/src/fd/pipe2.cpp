// pipe2.cpp - pipe2(fds, O_NONBLOCK | O_CLOEXEC).
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "cloexec.hpp"

extern "C" int pipe2(int fds[2], int flags) {
    if (flags & ~(O_NONBLOCK | O_CLOEXEC)) {
        errno = EINVAL;
        return -1;
    }
    const auto p = wasix::fd_pipe();
    if (!p) {
        errno = static_cast<int>(p.error());
        return -1;
    }
    const int r = static_cast<int>(p->_0);
    const int w = static_cast<int>(p->_1);
    if (flags & O_NONBLOCK) {
        const wasix::fd_t ends[2] = {p->_0, p->_1};
        for (const wasix::fd_t fd : ends) {
            const auto set = wasix::fd_fdstat_set_flags(fd, wasix::fdflags_t::nonblock);
            if (!set) {
                (void)wasix::fd_close(p->_0);
                (void)wasix::fd_close(p->_1);
                errno = static_cast<int>(set.error());
                return -1;
            }
        }
    }
    const int cloexec = (flags & O_CLOEXEC) != 0;
    __wasix_fd_set_cloexec(r, cloexec);
    __wasix_fd_set_cloexec(w, cloexec);
    fds[0] = r;
    fds[1] = w;
    return 0;
}
