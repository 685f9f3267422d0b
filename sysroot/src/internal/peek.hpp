// peek.hpp - MSG_PEEK for stream sockets, done in the library.
//
// The runtime does not implement peeking (sock_recv with recv_peek fails with
// ENOTSUP), so a peek reads the bytes for real and keeps them here, per
// descriptor; every later receive on the descriptor - recv/recvfrom/recvmsg
// and read/readv, which the library therefore provides too - returns them
// first. The buffer of a descriptor is dropped when a new socket gets its
// number (socket/accept) and when read() finds it is no longer a socket.
// epoll_wait uses the same buffer to check that a non-blocking stream socket
// is still readable (see epoll_pwait.cpp).
#pragma once

#include <stddef.h>
#include <sys/uio.h>

namespace wasix_libc {

// Whether fd can have a peek buffer (it is within the table).
bool peek_supported(int fd) noexcept;
// Whether any descriptor has peeked bytes (a cheap check for the fast path).
bool peek_active() noexcept;
// Bytes held for fd.
size_t peek_size(int fd) noexcept;
// Copies up to the iov capacity from fd's buffer; consumes them unless keep.
// Returns the number of bytes copied.
size_t peek_copy(int fd, const struct iovec* iov, int iovcnt, bool keep) noexcept;
// Appends n bytes to fd's buffer. Returns false if out of memory or fd is
// beyond the table.
bool peek_append(int fd, const void* data, size_t n) noexcept;
// Drops fd's buffer.
void peek_discard(int fd) noexcept;

}  // namespace wasix_libc
