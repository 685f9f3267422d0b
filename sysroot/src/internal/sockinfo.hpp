// sockinfo.hpp - what the library remembers about its sockets that the
// runtime cannot tell (whether listen() was called), and the error checks
// shared by the socket calls.
#pragma once

#include <wasix/wasix.hpp>

namespace wasix_libc {

// Called by socket()/accept() for a new descriptor, and by listen().
void sockinfo_reset(int fd) noexcept;
void sockinfo_set_listening(int fd) noexcept;
bool sockinfo_listening(int fd) noexcept;
// shutdown(SHUT_WR or SHUT_RDWR) succeeded: sends fail with EPIPE.
void sockinfo_set_shut_wr(int fd) noexcept;
bool sockinfo_shut_wr(int fd) noexcept;

// Report the failure e of a socket call on fd: EBADF for a descriptor that is
// not open, ENOTSOCK for one that is not a socket, otherwise the POSIX
// errno for e. The runtime reports these cases with less precise codes
// (EACCES for a write to a non-socket, ...), so they are checked again here,
// on the failure path only. Returns -1.
int sock_fail(int fd, wasix::errno_t e) noexcept;

// 0 if fd is an open socket, else EBADF or ENOTSOCK.
int check_socket(int fd) noexcept;

}  // namespace wasix_libc
