// The send and receive paths of the socket API.
//
// MSG_* flags: on a stream socket MSG_PEEK is done by the library (fd_table.hpp:
// the runtime cannot peek) and MSG_WAITALL is looped here, so a short read
// never ends it early; on other sockets both become WASIX riflags;
// MSG_DONTWAIT becomes the runtime's recv_dont_wait/send_dont_wait for the
// call; a send that fails with EPIPE raises SIGPIPE unless MSG_NOSIGNAL is
// given, as on Linux (the runtime raises none); MSG_TRUNC
// is reported in msg_flags when the runtime says a datagram was cut short;
// MSG_OOB is not supported (EOPNOTSUPP).
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <sys/uio.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"
#include "__support/sockio.hpp"

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");
static_assert(offsetof(struct iovec, iov_len) == offsetof(wasix::iovec_t, buf_len), "iovec layout");
static_assert(sizeof(struct iovec) == sizeof(wasix::ciovec_t), "ciovec layout");

namespace wasix_libc {
namespace {

#ifndef IOV_MAX
#define IOV_MAX 1024
#endif

// MSG_DONTWAIT becomes the runtime's per-call flags, so the descriptor's own
// O_NONBLOCK (shared with its duplicates and other threads) is never touched.
wasix::riflags_t recv_flags(int flags) noexcept {
    return (flags & MSG_DONTWAIT) ? wasix::riflags_t::recv_dont_wait : wasix::riflags_t{};
}

wasix::siflags_t send_flags(int flags) noexcept {
    return (flags & MSG_DONTWAIT) ? wasix::siflags_t::send_dont_wait : wasix::siflags_t{};
}

int check_iov(const struct iovec* iov, int iovcnt) noexcept {
    if (iovcnt < 0 || iovcnt > IOV_MAX) return EINVAL;
    if (iovcnt > 0 && iov == nullptr) return EFAULT;
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i) {
        if (iov[i].iov_len > static_cast<size_t>(SSIZE_MAX) - total) return EINVAL;
        // The runtime transfers through address 0 (QUIRKS.md, "buffers").
        if (!range_in_memory(iov[i].iov_base, iov[i].iov_len)) return EFAULT;
        total += iov[i].iov_len;
    }
    return 0;
}

// A send that finds the stream closed for sending: EPIPE, and SIGPIPE for the
// calling thread unless the call said MSG_NOSIGNAL.
int broken_pipe(int flags) noexcept {
    if (!(flags & MSG_NOSIGNAL)) raise(SIGPIPE);
    return fail_posix(EPIPE);
}

// Whether a send on fd fails because a TCP socket was never connected or is
// listening (Linux: EPIPE; the runtime says ENOTCONN, or ENOTSUP for
// MSG_OOB). An AF_UNIX stream socket says ENOTCONN on Linux too.
bool unconnected_tcp(int fd) noexcept {
    const uint32_t f = fd_flags(fd);
    if (f & fd_unix) return false;
    return socket_type_of(fd) == SOCK_STREAM && !sock_connected(fd);
}

// The errno of a failed transfer on a socket. The runtime reports an expired
// SO_RCVTIMEO/SO_SNDTIMEO as ETIMEDOUT (Linux: EAGAIN) and a send to a peer
// that reset the connection as EIO (Linux: EPIPE) (QUIRKS.md, "socket
// transfer errors").
int transfer_fail(int fd, wasix::errno_t e, bool sending, int flags) noexcept {
    if (e == wasix::errno_t::timedout) return fail_posix(EAGAIN);
    if (sending && e == wasix::errno_t::pipe) return broken_pipe(flags);
    if (sending && e == wasix::errno_t::io && check_socket(fd) == 0) return broken_pipe(flags);
    if (sending && e == wasix::errno_t::notconn && unconnected_tcp(fd)) return broken_pipe(flags);
    return sock_fail(fd, e);
}

// A send the runtime refused with e, failed as Linux fails it: a stream
// closed for sending is EPIPE with SIGPIPE (unless MSG_NOSIGNAL), whatever the
// runtime called it.
int send_fail(int fd, wasix::errno_t e, int flags) noexcept {
    // The runtime reports a send after shutdown(SHUT_WR) as EIO; POSIX says EPIPE.
    if (fd_has(fd, fd_shut_wr) && check_socket(fd) == 0) return broken_pipe(flags);
    return transfer_fail(fd, e, true, flags);
}

}  // namespace

int check_msg_iovlen(int fd, int msg_iovlen) noexcept {
    if (msg_iovlen >= 0 && msg_iovlen <= IOV_MAX) return 0;
    if (int err = check_socket(fd)) return err;
    return EMSGSIZE;
}

ssize_t send_iov(int fd, const struct iovec* iov, int iovcnt, int flags, const struct sockaddr* to,
                 socklen_t tolen) noexcept {
    // The runtime's sock_send writes to a pipe (ignoring send_dont_wait).
    if (fd_has(fd, fd_pipe)) return fail_posix(ENOTSOCK);
    if (flags & MSG_OOB) {
        if (int err = check_socket(fd)) return fail_posix(err);
        if (unconnected_tcp(fd)) return broken_pipe(flags);
        return fail_posix(EOPNOTSUPP);
    }
    if (int err = check_iov(iov, iovcnt)) return fail_posix(err);
    wasix::array_view<const wasix::ciovec_t> data(reinterpret_cast<const wasix::ciovec_t*>(iov),
                                                  static_cast<size_t>(iovcnt));
    wasix::addr_port_t dest;
    bool use_dest = false;
    if (to != nullptr) {
        const int type = socket_type_of(fd);
        if (type < 0) return -1;
        // A stream socket ignores the destination, as on Linux.
        if (type != SOCK_STREAM) {
            if (int err = sockaddr_to_wasix(to, tolen, &dest)) return fail_posix(err);
            use_dest = true;
        }
    }
    const wasix::siflags_t si = send_flags(flags);
    auto r = wait_as_linux(fd, true, [&] {
        return use_dest ? wasix::sock_send_to(wasix::fd_t{fd}, data, si, &dest) : wasix::sock_send(wasix::fd_t{fd}, data, si);
    });
    if (!r) return send_fail(fd, r.error(), flags);
    return static_cast<ssize_t>(*r);
}

namespace {

// The runtime's sock_recv, called again when it gave up a blocking receive that Linux would
// still be waiting in (wait_as_linux).
wasix::result<wasix::sock_recv_results> recv_waiting(int fd, wasix::array_view<const wasix::iovec_t> data,
                                                    wasix::riflags_t ri) noexcept {
    return wait_as_linux(fd, false, [&] { return wasix::sock_recv(wasix::fd_t{fd}, data, ri); });
}

// Receives into iov, skipping the first `skip` bytes of it, until every
// buffer is full or the peer closes (MSG_WAITALL on a stream socket).
ssize_t recv_all(int fd, const struct iovec* iov, int iovcnt, size_t skip, wasix::riflags_t ri) noexcept {
    size_t total = skip;
    for (int i = 0; i < iovcnt; ++i) {
        size_t done = 0;
        if (skip >= iov[i].iov_len) {
            skip -= iov[i].iov_len;
            continue;
        }
        done = skip;
        skip = 0;
        while (done < iov[i].iov_len) {
            wasix::iovec_t part{static_cast<uint8_t*>(iov[i].iov_base) + done, iov[i].iov_len - done};
            auto r = recv_waiting(fd, {&part, 1}, ri);
            if (!r) {
                if (total + done > 0) return static_cast<ssize_t>(total + done);
                return transfer_fail(fd, r.error(), false, 0);
            }
            if (r->ro_datalen == 0) return static_cast<ssize_t>(total + done);
            done += r->ro_datalen;
            total += r->ro_datalen;
        }
    }
    return static_cast<ssize_t>(total);
}

// After peeked bytes filled the first `skip` bytes of iov: what else the
// socket has right now, as Linux returns all that is available. Never
// blocks; errors are left for the next call.
size_t recv_more(int fd, const struct iovec* iov, int iovcnt, size_t skip) noexcept {
    size_t more = 0;
    for (int i = 0; i < iovcnt; ++i) {
        if (skip >= iov[i].iov_len) {
            skip -= iov[i].iov_len;
            continue;
        }
        wasix::iovec_t part{static_cast<uint8_t*>(iov[i].iov_base) + skip, iov[i].iov_len - skip};
        skip = 0;
        auto r = wasix::sock_recv(wasix::fd_t{fd}, {&part, 1}, wasix::riflags_t::recv_dont_wait);
        if (!r && r.error() == wasix::errno_t::again) epoll_reg_drained(fd);
        if (!r || r->ro_datalen == 0) break;
        more += r->ro_datalen;
        if (r->ro_datalen < part.buf_len) break;
    }
    return more;
}

// MSG_PEEK on a stream socket: fill the library's peek buffer (fd_table.hpp)
// with at least one byte (all that was asked for with MSG_WAITALL) and copy
// from it without consuming.
ssize_t recv_peek(int fd, const struct iovec* iov, int iovcnt, bool waitall, wasix::riflags_t ri) noexcept {
    size_t want = 0;
    for (int i = 0; i < iovcnt; ++i) want += iov[i].iov_len;
    size_t have = peek_size(fd);
    while (have < want && (have == 0 || waitall)) {
        unsigned char chunk[4096];
        size_t n = want - have < sizeof chunk ? want - have : sizeof chunk;
        wasix::iovec_t part{chunk, n};
        auto r = recv_waiting(fd, {&part, 1}, ri);
        if (!r) {
            if (have > 0) break;
            return transfer_fail(fd, r.error(), false, 0);
        }
        if (r->ro_datalen == 0) break;
        if (!peek_append(fd, chunk, r->ro_datalen)) return fail_posix(ENOMEM);
        have += r->ro_datalen;
    }
    return static_cast<ssize_t>(peek_copy(fd, iov, iovcnt, true));
}

}  // namespace

ssize_t recv_iov(int fd, const struct iovec* iov, int iovcnt, int flags, struct sockaddr* from,
                 socklen_t* fromlen, int* msg_flags) noexcept {
    if (msg_flags) *msg_flags = 0;
    // The runtime's sock_recv reads a pipe (blocking, whatever recv_dont_wait says).
    if (fd_has(fd, fd_pipe)) return fail_posix(ENOTSOCK);
    if (flags & MSG_OOB) {
        if (int err = check_socket(fd)) return fail_posix(err);
        return fail_posix(EOPNOTSUPP);
    }
    if (flags & MSG_ERRQUEUE) {
        // The runtime queues no socket errors: always Linux's empty queue.
        if (int err = check_socket(fd)) return fail_posix(err);
        return fail_posix(EAGAIN);
    }
    if (int err = check_iov(iov, iovcnt)) return fail_posix(err);
    if (int err = check_sockaddr_out(from, fromlen)) return fail_posix(err);

    int type = SOCK_STREAM;
    if (from != nullptr || (flags & (MSG_WAITALL | MSG_PEEK))) {
        type = socket_type_of(fd);
        if (type < 0) return -1;
    }
    const wasix::riflags_t ri_call = recv_flags(flags);

    if (type != SOCK_STREAM) {
        wasix::riflags_t ri = ri_call;
        if (flags & MSG_PEEK) ri = ri | wasix::riflags_t::recv_peek;
        if (flags & MSG_WAITALL) ri = ri | wasix::riflags_t::recv_waitall;
        const wasix::array_view<const wasix::iovec_t> data(reinterpret_cast<const wasix::iovec_t*>(iov),
                                                           static_cast<size_t>(iovcnt));
        if (from != nullptr) {
            auto r = wait_as_linux(fd, false, [&] { return wasix::sock_recv_from(wasix::fd_t{fd}, data, ri); });
            if (!r) return transfer_fail(fd, r.error(), false, 0);
            if (msg_flags && has_any(r->ro_flags, wasix::roflags_t::recv_data_truncated)) *msg_flags |= MSG_TRUNC;
            sockaddr_out(r->ro_addr, from, fromlen);
            return static_cast<ssize_t>(r->ro_datalen);
        }
        auto r = recv_waiting(fd, data, ri);
        if (!r) return transfer_fail(fd, r.error(), false, 0);
        if (msg_flags && has_any(r->ro_flags, wasix::roflags_t::recv_data_truncated)) *msg_flags |= MSG_TRUNC;
        return static_cast<ssize_t>(r->ro_datalen);
    }

    // A stream socket has no per-message source address (Linux reports length 0).
    if (from != nullptr) *fromlen = 0;
    if (flags & MSG_PEEK) return recv_peek(fd, iov, iovcnt, (flags & MSG_WAITALL) != 0, ri_call);

    // Bytes an earlier MSG_PEEK took from the runtime come first.
    size_t got = peek_copy(fd, iov, iovcnt, false);
    if (flags & MSG_WAITALL) return recv_all(fd, iov, iovcnt, got, ri_call);
    if (got > 0) return static_cast<ssize_t>(got + recv_more(fd, iov, iovcnt, got));

    const wasix::array_view<const wasix::iovec_t> data(reinterpret_cast<const wasix::iovec_t*>(iov),
                                                       static_cast<size_t>(iovcnt));
    auto r = recv_waiting(fd, data, ri_call);
    if (!r) {
        if (r.error() == wasix::errno_t::again) epoll_reg_drained(fd);
        return transfer_fail(fd, r.error(), false, 0);
    }
    return static_cast<ssize_t>(r->ro_datalen);
}

}  // namespace wasix_libc
