// write_iov.cpp - write_iov (write_iov.hpp).
#include "__support/write_iov.hpp"

#include <errno.h>
#include <signal.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/sockio.hpp"
#include "__support/stdio_merge.hpp"

// signal_callback.cpp, linked with the signal functions.
extern "C" __attribute__((weak)) int __wasix_signal_registered(void);

namespace wasix_libc {

static_assert(sizeof(struct iovec) == sizeof(wasix::ciovec_t), "iovec layout");

ssize_t write_iov(int fd, const struct iovec* iov, int iovcnt) noexcept {
    if (int err = write_refused(fd)) return fail_posix(err);
    fd = output_fd(fd);
    // On a socket write is send without flags, as on Linux (EPIPE and SIGPIPE
    // for a broken stream; no 30 s limit on a blocking wait, sockinfo.hpp).
    if (fd_has(fd, fd_socket)) return send_iov(fd, iov, iovcnt, 0, nullptr, 0);
    auto r = wasix::fd_write(wasix::fd_t{fd},
                             {reinterpret_cast<const wasix::ciovec_t*>(iov), static_cast<size_t>(iovcnt)});
    if (r) return static_cast<ssize_t>(*r);
    const wasix::errno_t e = r.error();
    if (e == wasix::errno_t::notcapable || e == wasix::errno_t::acces) return fail_posix(EBADF);
    if (e != wasix::errno_t::pipe) return fail(e);
    // For a pipe the runtime sends SIGPIPE itself, through the callback of a
    // process that registered one (QUIRKS.md, "SIGPIPE of pipes").
    const bool runtime_signals = __wasix_signal_registered && __wasix_signal_registered();
    if (!runtime_signals) raise(SIGPIPE);
    return fail_posix(EPIPE);
}

}  // namespace wasix_libc
