// unix_stream.hpp - AF_UNIX stream sockets with names, which the runtime
// cannot bind or connect (its unix sockets only come in pairs, sock_pair).
//
// They are emulated the way POSIX layers on other kernels do it: the socket
// is a loopback TCP socket (fd_unix in the descriptor table); bind() picks a
// free loopback port and writes it, with a random 128-bit secret, into a
// file at the socket's path (created exclusively, mode 0600); connect()
// reads that file, connects to the port and sends the secret first; accept()
// reads and checks the secret before handing the connection out, dropping
// connections that do not know it. So only processes that can read the path
// can connect, as with a real socket file that only they may open.
// getsockname/getpeername report the paths. An abstract name (sun_path[0]
// == 0) is kept in a file under /tmp named after it.
//
// What differs from Linux: the file is a regular file (stat says S_IFREG),
// credentials (SO_PEERCRED) and descriptor passing (SCM_RIGHTS) are not
// carried, and closing the last socket does not make the name unusable for
// connect (it gives ECONNREFUSED, as Linux does for a stale socket file).
#pragma once

#include <sys/socket.h>

#include <wasix/wasix.hpp>

namespace wasix_libc {

// bind, connect, getsockname/getpeername of an fd_unix socket. Return 0, or
// -1 with errno set. unix_name(peer) expects the caller to have checked that
// the socket is connected.
int unix_bind(int fd, const struct sockaddr* addr, socklen_t len) noexcept;
int unix_connect(int fd, const struct sockaddr* addr, socklen_t len) noexcept;
int unix_name(int fd, bool peer, struct sockaddr* addr, socklen_t* len) noexcept;

// A connection newfd was accepted on the fd_unix listener: reads and checks
// its secret, and records newfd's name. Returns false when the connection
// must be dropped.
bool unix_admit(int listener, int newfd) noexcept;

// socketpair(AF_UNIX, SOCK_STREAM): two connected loopback TCP sockets
// (a listener on a free port accepts the one connection that presents a
// fresh secret), unnamed. The runtime's own sock_pair gives sockets that
// return one write per read, poll as readable when empty, and refuse
// shutdown and non-blocking receives (QUIRKS.md, "socket pairs").
// Returns 0 or an errno.
int unix_pair(wasix::fd_t* a, wasix::fd_t* b) noexcept;

// A new fd_unix socket has no names yet.
void unix_reset(int fd) noexcept;

}  // namespace wasix_libc
