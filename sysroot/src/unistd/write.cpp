// write(2) over fd_write. Replaces wasi-libc's write so that failures take
// the one errno path (the runtime's own codes, such as memviolation, have no
// POSIX number), buffers are checked as Linux does (io_checks.hpp), and the
// read end of a pipe refuses writes (EBADF) although WASIX pipes are duplex,
// and so does a timerfd (EINVAL).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/stdio_merge.hpp"

using namespace wasix_libc;

extern "C" ssize_t write(int fd, const void* buf, size_t count) {
    if (int err = check_buffer(buf, &count)) return fail_posix(err);
    if (int err = write_refused(fd)) return fail_posix(err);
    if (int err = check_eventfd_write(fd_flags(fd), buf, count)) return fail_posix(err);
    fd = output_fd(fd);
    const wasix::ciovec_t v{static_cast<const uint8_t*>(buf), count};
    auto r = wasix::fd_write(wasix::fd_t{fd}, {&v, 1});
    if (!r) {
        // As wasi-libc's write: a descriptor without the write right is
        // EBADF, and so is a file opened read-only (the runtime says
        // EACCES). A stream socket that is not connected, or shut down for
        // writing: Linux says EPIPE.
        if (r.error() == wasix::errno_t::notcapable || r.error() == wasix::errno_t::acces) return fail_posix(EBADF);
        if (r.error() == wasix::errno_t::notconn && fd_has(fd, fd_socket)) return fail_posix(EPIPE);
        if (fd_has(fd, fd_shut_wr)) return fail_posix(EPIPE);
        return fail(r.error());
    }
    return static_cast<ssize_t>(*r);
}
