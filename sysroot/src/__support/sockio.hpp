// sockio.hpp - the send and receive paths shared by send/sendto/sendmsg and
// recv/recvfrom/recvmsg.
#pragma once

#include <sys/socket.h>
#include <sys/types.h>

namespace wasix_libc {

// Sends the iovcnt buffers of iov; to/tolen is the destination (may be NULL).
// write() and writev() on a socket are this with flags 0.
ssize_t send_iov(int fd, const struct iovec* iov, int iovcnt, int flags, const struct sockaddr* to,
                 socklen_t tolen) noexcept;

// 0 if msg_iovlen, a message's buffer count, is one Linux takes (0 to
// IOV_MAX), else EMSGSIZE, or EBADF/ENOTSOCK for fd (which Linux looks at
// first).
int check_msg_iovlen(int fd, int msg_iovlen) noexcept;

// Receives into the iovcnt buffers of iov (read() and readv() on a socket
// are this with flags 0). from/fromlen (may be NULL) get the
// source address; *msg_flags (may be NULL) gets MSG_TRUNC when a datagram was
// cut short.
ssize_t recv_iov(int fd, const struct iovec* iov, int iovcnt, int flags, struct sockaddr* from,
                 socklen_t* fromlen, int* msg_flags) noexcept;

}  // namespace wasix_libc
