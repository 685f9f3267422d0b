// read(2). Replaces wasi-libc's read: on a stream socket the bytes a MSG_PEEK
// took (fd_table.hpp) come first; on a semaphore eventfd the count is fixed
// up (eventfd_sem.hpp); on a pipe all queued bytes are returned
// (pipe_read.hpp); a timerfd wants room for its 8-byte count; a socket is read
// as recv() reads it (sockio.hpp); otherwise it is fd_read. Buffers are checked as Linux
// does (io_checks.hpp).
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/eventfd_sem.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/pipe_read.hpp"
#include "__support/sockio.hpp"

using namespace wasix_libc;

extern "C" ssize_t read(int fd, void* buf, size_t count) {
    if (int err = check_buffer(buf, &count)) return fail_posix(err);
    if (wrong_pipe_end(fd, false)) return fail_posix(EBADF);
    struct iovec iov = {buf, count};
    if (peek_size(fd) > 0) return static_cast<ssize_t>(peek_copy(fd, &iov, 1, false));
    const uint32_t state = fd_flags(fd);
    if (int err = check_record_read(state, count)) return fail_posix(err);
    if (state & fd_eventfd_sem) return eventfd_sem_read(fd, buf, count);
    if (state & fd_pipe) return pipe_readv(fd, &iov, 1);
    // A listening socket has no stream to read: Linux says ENOTCONN, the
    // runtime ENOTSUP.
    if (state & fd_listening) return fail_posix(ENOTCONN);
    // On a socket read is recv without flags, as on Linux; the runtime's
    // fd_read would give up a blocking wait after 30 s (sockinfo.hpp).
    if (state & fd_socket) return recv_iov(fd, &iov, 1, 0, nullptr, nullptr, nullptr);
    wasix::iovec_t v{static_cast<uint8_t*>(buf), count};
    auto r = wasix::fd_read(wasix::fd_t{fd}, {&v, 1});
    // A descriptor not open for reading: Linux says EBADF; the runtime says
    // notcapable or, for a file opened O_WRONLY, EACCES (never a read error
    // on Linux).
    if (!r) return fail(r.error() == wasix::errno_t::notcapable || r.error() == wasix::errno_t::acces ? wasix::errno_t::badf : r.error());
    return static_cast<ssize_t>(*r);
}
