// getpeername(2) over sock_addr_peer.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int getpeername(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
    auto r = wasix::sock_addr_peer(wasix::fd_t{fd});
    // A listening socket has no peer: Linux says ENOTCONN, the runtime
    // ENOTSUP.
    if (!r && r.error() == wasix::errno_t::notsup && check_socket(fd) == 0) return fail_posix(ENOTCONN);
    if (!r) return sock_fail(fd, r.error());
    if (!is_peer_address(*r)) return fail_posix(ENOTCONN);
    if (fd_has(fd, fd_unix)) return unix_name(fd, true, addr, len);
    if (int err = sockaddr_from_wasix(*r, addr, len)) return fail_posix(err);
    return 0;
}
