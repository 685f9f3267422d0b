// pipe2(2) over fd_pipe, with O_NONBLOCK and O_CLOEXEC. WASIX pipes are
// duplex (each end reads what the other writes); fds[0] is used as the read
// end and fds[1] as the write end. The table records which end is which
// (fd_pipe, fd_pipe_wr), so that read(), write(), poll() and F_GETFL treat
// them as Linux does: all queued bytes per read (pipe_read.hpp), EBADF for a
// read on the write end or a write on the read end.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int pipe2(int fds[2], int flags) {
    if (flags & ~(O_NONBLOCK | O_CLOEXEC)) return wasix_libc::fail_posix(EINVAL);
    // The runtime would write the pair through a null pointer.
    if (fds == nullptr) return wasix_libc::fail_posix(EFAULT);
    const auto p = wasix::fd_pipe();
    if (!p) return wasix_libc::fail(p.error());
    const wasix::fd_t ends[2] = {p->read_end, p->write_end};
    if (flags & O_NONBLOCK) {
        for (const wasix::fd_t fd : ends) {
            const auto set = wasix::fd_fdstat_set_flags(fd, wasix::fdflags_t::nonblock);
            if (!set) {
                (void)wasix::fd_close(p->read_end);
                (void)wasix::fd_close(p->write_end);
                return wasix_libc::fail(set.error());
            }
        }
    }
    const uint32_t state = wasix_libc::fd_pipe | ((flags & O_CLOEXEC) ? wasix_libc::fd_cloexec : 0u);
    wasix_libc::fd_opened(static_cast<int>(ends[0]), state);
    wasix_libc::fd_opened(static_cast<int>(ends[1]), state | wasix_libc::fd_pipe_wr);
    fds[0] = static_cast<int>(p->read_end);
    fds[1] = static_cast<int>(p->write_end);
    return 0;
}
