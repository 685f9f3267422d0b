// sockio.hpp - the send and receive paths shared by send/sendto/sendmsg and
// recv/recvfrom/recvmsg.
#pragma once

#include <sys/socket.h>
#include <sys/types.h>

#include <wasix/wasix.hpp>

namespace wasix_libc {

// Sends the iovcnt buffers of iov; to/tolen is the destination (may be NULL).
ssize_t send_iov(int fd, const struct iovec* iov, int iovcnt, int flags, const struct sockaddr* to,
                 socklen_t tolen) noexcept;

// 0 if msg_iovlen, a message's buffer count, is one Linux takes (0 to
// IOV_MAX), else EMSGSIZE, or EBADF/ENOTSOCK for fd (which Linux looks at
// first).
int check_msg_iovlen(int fd, int msg_iovlen) noexcept;

// Fails a send on socket fd that the runtime refused with e, as Linux fails
// it: a stream closed for sending is EPIPE with SIGPIPE (unless flags has
// MSG_NOSIGNAL), whatever the runtime called it. Returns -1 with errno set.
// write() and writev() on a socket take this path too.
int send_fail(int fd, wasix::errno_t e, int flags) noexcept;

// Receives into the iovcnt buffers of iov. from/fromlen (may be NULL) get the
// source address; *msg_flags (may be NULL) gets MSG_TRUNC when a datagram was
// cut short.
ssize_t recv_iov(int fd, const struct iovec* iov, int iovcnt, int flags, struct sockaddr* from,
                 socklen_t* fromlen, int* msg_flags) noexcept;

}  // namespace wasix_libc
