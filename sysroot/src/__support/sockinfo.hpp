// sockinfo.hpp - the error checks shared by the socket calls. What the layer
// remembers about a socket (listen() called, shut down for writing) is in
// fd_table.hpp.
#pragma once

#include <wasix/wasix.hpp>

namespace wasix_libc {

// Report the failure e of a socket call on fd: EBADF for a descriptor that is
// not open, ENOTSOCK for one that is not a socket, otherwise the POSIX
// errno for e. The runtime reports these cases with less precise codes
// (EACCES for a write to a non-socket, ...), so they are checked again here,
// on the failure path only. Returns -1.
int sock_fail(int fd, wasix::errno_t e) noexcept;

// 0 if fd is an open socket, else EBADF or ENOTSOCK.
int check_socket(int fd) noexcept;

// Whether a, an address sock_addr_peer reported, names a peer. For a socket
// that is not connected the runtime reports an empty address (no family, or
// port 0, which no real peer has).
bool is_peer_address(const wasix::addr_port_t& a) noexcept;

// Whether fd is a connected socket (the runtime reports a peer for it).
bool sock_connected(int fd) noexcept;

// Whether e, the failure of a blocking call on socket fd, is the runtime
// giving up rather than an answer: it ends a blocking receive, send or accept
// with ETIMEDOUT after 30 s (and now and then sooner) even when the program
// set no SO_RCVTIMEO / SO_SNDTIMEO, where Linux waits for as long as it takes
// (QUIRKS.md, "blocking sockets give up"). True when e is ETIMEDOUT and the
// program set no timeout of that direction on fd: the call is to be made again.
bool gave_up_waiting(int fd, wasix::errno_t e, bool sending) noexcept;

// call() (a wasix::result), made again for as long as the runtime gives up
// waiting on socket fd (gave_up_waiting).
template <class Call>
auto wait_as_linux(int fd, bool sending, Call call) noexcept -> decltype(call()) {
    for (;;) {
        auto r = call();
        if (r || !gave_up_waiting(fd, r.error(), sending)) return r;
    }
}

}  // namespace wasix_libc
