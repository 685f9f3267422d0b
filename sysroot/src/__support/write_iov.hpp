// write_iov.hpp - the one path of write() and writev() to fd_write.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

namespace wasix_libc {

// Writes the iovcnt buffers of iov (already checked) to fd. Refuses the
// wrong end of a pipe (EBADF) and a timerfd (EINVAL) first, sends
// descriptor 2 through 1 when they are merged (stdio_merge.hpp), and maps
// failures as Linux reports them: a descriptor not open for writing is EBADF
// (the runtime says EACCES); a pipe without readers, a socket shut down for
// writing, never connected, or whose peer is gone is EPIPE, and the calling
// thread gets SIGPIPE, as from send() without MSG_NOSIGNAL.
ssize_t write_iov(int fd, const struct iovec* iov, int iovcnt) noexcept;

}  // namespace wasix_libc
