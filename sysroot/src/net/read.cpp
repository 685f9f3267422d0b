// read(2). Replaces wasi-libc's read so that bytes a MSG_PEEK took from a
// stream socket (internal/peek.hpp) are read first; otherwise it is fd_read.
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include "../internal/errno_map.hpp"
#include "../internal/eventfd_sem.hpp"
#include "../internal/peek.hpp"
#include "../internal/sockinfo.hpp"

extern "C" ssize_t read(int fd, void* buf, size_t count) {
    struct iovec iov = {buf, count};
    if (wasix_libc::peek_active() && wasix_libc::peek_size(fd) > 0) {
        if (wasix_libc::check_socket(fd) == 0) return static_cast<ssize_t>(wasix_libc::peek_copy(fd, &iov, 1, false));
        wasix_libc::peek_discard(fd);  // the socket was closed; fd is something else now
    }
    if (wasix_libc::eventfd_sem_is(fd)) return wasix_libc::eventfd_sem_read(fd, buf, count);
    wasix::iovec_t v{static_cast<uint8_t*>(buf), count};
    auto r = wasix::fd_read(wasix::fd_t{fd}, {&v, 1});
    // As wasi-libc's read: a descriptor without the read right is EBADF.
    if (!r) return wasix_libc::fail_posix(r.error() == wasix::errno_t::notcapable ? EBADF : wasix_libc::posix_errno(r.error()));
    return static_cast<ssize_t>(*r);
}
