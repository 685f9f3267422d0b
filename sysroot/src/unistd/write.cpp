// write(2). Replaces wasi-libc's write so that failures take the one errno
// path (the runtime's own codes, such as memviolation, have no POSIX
// number), buffers are checked as Linux does (io_checks.hpp), an eventfd
// takes only its 8-byte counts, and the rest is write_iov.hpp (pipe ends,
// EPIPE with SIGPIPE).
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/write_iov.hpp"

using namespace wasix_libc;

extern "C" ssize_t write(int fd, const void* buf, size_t count) {
    if (int err = check_buffer(buf, &count)) return fail_posix(err);
    if (int err = write_refused(fd)) return fail_posix(err);
    if (int err = check_eventfd_write(fd_flags(fd), buf, count)) return fail_posix(err);
    struct iovec v = {const_cast<void*>(buf), count};
    return write_iov(fd, &v, 1);
}
