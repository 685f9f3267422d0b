// sockaddr.hpp - conversions between POSIX socket addresses and WASIX
// addr_port_t, and between POSIX and WASIX socket constants.
//
// The runtime's port byte order quirk is handled here and only here: an
// address passed INTO the runtime (sock_bind, sock_connect, sock_send_to)
// carries its port as a host-order integer, while an address the runtime
// WRITES (sock_addr_local, sock_addr_peer, sock_accept_v2, sock_recv_from)
// carries it in network byte order, like sin_port.
#pragma once

#include <sys/socket.h>

#include <wasix/wasix.hpp>

namespace wasix_libc {

// Reads a POSIX address of len bytes into *out. Returns 0, or the POSIX errno
// for a NULL or short address (EFAULT / EINVAL) or an unknown family
// (EAFNOSUPPORT).
int sockaddr_to_wasix(const struct sockaddr* sa, socklen_t len, wasix::addr_port_t* out) noexcept;

// Writes the POSIX form of addr into sa, at most *len bytes, and sets *len to
// the full size of the address (POSIX truncation rule). sa may be NULL when
// *len is 0. Returns 0 or a POSIX errno (EFAULT for a NULL len, EINVAL for
// a negative one).
int sockaddr_from_wasix(const wasix::addr_port_t& addr, struct sockaddr* sa, socklen_t* len) noexcept;

// As above, but for the optional (addr, len) pair of accept/recvfrom/... :
// nothing happens when sa is NULL.
inline int sockaddr_out(const wasix::addr_port_t& addr, struct sockaddr* sa, socklen_t* len) noexcept {
    if (sa == nullptr) return 0;
    return sockaddr_from_wasix(addr, sa, len);
}

// Checks an output (sa, len) pair before an operation that consumes data, so
// that a bad pointer is reported before anything is lost. Returns 0 or errno.
int check_sockaddr_out(struct sockaddr* sa, socklen_t* len) noexcept;

// POSIX AF_* <-> WASIX address_family_t. Returns false for families WASIX lacks.
bool family_to_wasix(int af, wasix::address_family_t* out) noexcept;
int family_from_wasix(wasix::address_family_t af) noexcept;

// POSIX SOCK_* (flags removed) <-> WASIX sock_type_t.
bool socktype_to_wasix(int type, wasix::sock_type_t* out) noexcept;
int socktype_from_wasix(wasix::sock_type_t type) noexcept;

// The socket's type (SOCK_STREAM, ...), or -1 with errno set.
int socket_type_of(int fd) noexcept;

// The checks bind() and connect() make of an address, in Linux's order:
// the length against sockaddr_storage, then against the socket family's
// address (IPv6: 24 bytes, RFC 2133's size without the scope id), then the
// address itself, then its family against the socket's. Converts it into
// *out. Returns 0 or the errno (EBADF/ENOTSOCK for a bad descriptor).
int socket_address_in(int fd, const struct sockaddr* addr, socklen_t len, wasix::addr_port_t* out) noexcept;

}  // namespace wasix_libc
