// preadv(2) over fd_pread; ESPIPE for pipes and sockets (seekable.hpp).
// Replaces wasi-libc's preadv.o.
#include <limits.h>
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t preadv(int fd, const struct iovec* iov, int iovcnt, off_t offset) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return fail_posix(EINVAL);
    if (offset < 0) return fail_posix(EINVAL);
    if (known_unseekable(fd)) return fail_posix(ESPIPE);
    auto r = wasix::fd_pread(wasix::fd_t{fd},
                             {reinterpret_cast<const wasix::iovec_t*>(iov), static_cast<size_t>(iovcnt)},
                             static_cast<wasix::filesize_t>(offset));
    // A file opened write-only: the runtime says EACCES, Linux EBADF.
    if (!r && r.error() == wasix::errno_t::acces) return fail_posix(EBADF);
    if (!r) return fail_positioned(fd, r.error(), wasix::rights_t::fd_read);
    return static_cast<ssize_t>(*r);
}
