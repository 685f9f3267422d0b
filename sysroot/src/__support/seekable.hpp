// seekable.hpp - the ESPIPE check of the positioned calls.
//
// The runtime does not refuse positioned I/O on pipes (QUIRKS.md, "pipes and
// offsets"): pread blocks for ever, pwrite writes, lseek fails with EACCES.
// Linux answers ESPIPE for pipes and sockets, so the layer checks its own
// record of the descriptor first.
#pragma once

#include <wasix/wasix.hpp>

#include "__support/fd_table.hpp"

namespace wasix_libc {

inline bool known_unseekable(int fd) noexcept { return fd_has(fd, fd_pipe | fd_socket); }

// The errno of a failed fd_pread/fd_pwrite, as wasi-libc gives it: a
// missing right is EBADF when it is the read (write) right, else ESPIPE.
int fail_positioned(int fd, wasix::errno_t e, wasix::rights_t needed) noexcept;

}  // namespace wasix_libc
