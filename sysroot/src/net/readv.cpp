// readv(2). Replaces wasi-libc's readv for the same reason as read.cpp.
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>

#include "../internal/errno_map.hpp"
#include "../internal/eventfd_sem.hpp"
#include "../internal/peek.hpp"
#include "../internal/sockinfo.hpp"

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t readv(int fd, const struct iovec* iov, int iovcnt) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return wasix_libc::fail_posix(EINVAL);
    if (wasix_libc::peek_active() && wasix_libc::peek_size(fd) > 0) {
        if (wasix_libc::check_socket(fd) == 0)
            return static_cast<ssize_t>(wasix_libc::peek_copy(fd, iov, iovcnt, false));
        wasix_libc::peek_discard(fd);
    }
    if (wasix_libc::eventfd_sem_is(fd) && iovcnt > 0) return wasix_libc::eventfd_sem_read(fd, iov[0].iov_base, iov[0].iov_len);
    auto r = wasix::fd_read(wasix::fd_t{fd},
                            {reinterpret_cast<const wasix::iovec_t*>(iov), static_cast<size_t>(iovcnt)});
    if (!r) return wasix_libc::fail(r.error());
    return static_cast<ssize_t>(*r);
}
