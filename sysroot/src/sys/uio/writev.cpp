// writev(2): the checks of its arguments Linux makes, then the path write()
// takes too (write_iov.hpp). More than IOV_MAX vectors is EINVAL.
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>

#include "__support/errno_map.hpp"
#include "__support/write_iov.hpp"

extern "C" ssize_t writev(int fd, const struct iovec* iov, int iovcnt) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return wasix_libc::fail_posix(EINVAL);
    if (iovcnt > 0 && iov == nullptr) return wasix_libc::fail_posix(EFAULT);
    return wasix_libc::write_iov(fd, iov, iovcnt);
}
