// pipe_read.hpp - read() on a pipe with Linux's meaning.
//
// The runtime's pipes are message-chunked: one fd_read returns the bytes of
// at most one write() of the other end, even when more are queued (QUIRKS.md,
// "pipe reads"). Linux returns all that is available up to the count, and
// programs that read a child's output with one read() rely on it. So once
// the first read has returned data and room is left, the layer reads on
// without blocking until the pipe is empty or the buffer is full.
#pragma once

#include <stddef.h>
#include <sys/uio.h>

namespace wasix_libc {

// Reads from the pipe end fd into iov; returns the byte count or -1 with
// errno (only when nothing was read).
long pipe_readv(int fd, const struct iovec* iov, int iovcnt) noexcept;

}  // namespace wasix_libc
