// writev(2) over fd_write, for the same reasons as unistd/write.cpp. More
// than IOV_MAX vectors is EINVAL, as on Linux.
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/io_checks.hpp"
#include "__support/stdio_merge.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::ciovec_t), "iovec layout");

extern "C" ssize_t writev(int fd, const struct iovec* iov, int iovcnt) {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return fail_posix(EINVAL);
    if (iovcnt > 0 && iov == nullptr) return fail_posix(EFAULT);
    if (int err = write_refused(fd)) return fail_posix(err);
    fd = output_fd(fd);
    auto r = wasix::fd_write(wasix::fd_t{fd},
                             {reinterpret_cast<const wasix::ciovec_t*>(iov), static_cast<size_t>(iovcnt)});
    if (!r) {
        const auto e = r.error();
        return fail(e == wasix::errno_t::notcapable || e == wasix::errno_t::acces ? wasix::errno_t::badf : e);
    }
    return static_cast<ssize_t>(*r);
}
