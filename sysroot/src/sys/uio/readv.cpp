// readv(2). Replaces wasi-libc's readv for the same reasons as read.cpp.
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>

#include "__support/errno_map.hpp"
#include "__support/eventfd_sem.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/pipe_read.hpp"
#include "__support/sockio.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t readv(int fd, const struct iovec* iov, int iovcnt) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return fail_posix(EINVAL);
    if (iovcnt > 0 && iov == nullptr) return fail_posix(EFAULT);
    if (wrong_pipe_end(fd, false)) return fail_posix(EBADF);
    if (peek_size(fd) > 0) return static_cast<ssize_t>(peek_copy(fd, iov, iovcnt, false));
    const uint32_t state = fd_flags(fd);
    if (state & (fd_eventfd | fd_timerfd | fd_signalfd)) {
        size_t total = 0;
        for (int i = 0; i < iovcnt; ++i) total += iov[i].iov_len;
        if (int err = check_record_read(state, total)) return fail_posix(err);
    }
    if ((state & fd_eventfd_sem) && iovcnt > 0) return eventfd_sem_read(fd, iov[0].iov_base, iov[0].iov_len);
    if ((state & fd_timerfd) && (iovcnt == 0 || iov[0].iov_len < sizeof(uint64_t))) return fail_posix(EINVAL);
    if (state & fd_pipe) return pipe_readv(fd, iov, iovcnt);
    if (state & fd_socket) return recv_iov(fd, iov, iovcnt, 0, nullptr, nullptr, nullptr);
    auto r = wasix::fd_read(wasix::fd_t{fd},
                            {reinterpret_cast<const wasix::iovec_t*>(iov), static_cast<size_t>(iovcnt)});
    if (!r) return fail(r.error() == wasix::errno_t::notcapable || r.error() == wasix::errno_t::acces ? wasix::errno_t::badf : r.error());
    return static_cast<ssize_t>(*r);
}
