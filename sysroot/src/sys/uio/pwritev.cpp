// pwritev(2) over fd_pwrite; ESPIPE for pipes and sockets (seekable.hpp).
// Replaces wasi-libc's pwritev.o.
#include <limits.h>
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t pwritev(int fd, const struct iovec* iov, int iovcnt, off_t offset) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return fail_posix(EINVAL);
    if (offset < 0) return fail_posix(EINVAL);
    if (known_unseekable(fd)) return fail_posix(ESPIPE);
    auto r = wasix::fd_pwrite(wasix::fd_t{fd},
                              {reinterpret_cast<const wasix::ciovec_t*>(iov), static_cast<size_t>(iovcnt)},
                              static_cast<wasix::filesize_t>(offset));
    // A file opened read-only: the runtime says EACCES, Linux EBADF.
    if (!r && r.error() == wasix::errno_t::acces) return fail_posix(EBADF);
    if (!r) return fail_positioned(fd, r.error(), wasix::rights_t::fd_write);
    return static_cast<ssize_t>(*r);
}
