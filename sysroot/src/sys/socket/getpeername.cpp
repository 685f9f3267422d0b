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
    if (!r) return sock_fail(fd, r.error());
    // An unconnected socket has no peer: the runtime then reports an empty
    // address (no family, or port 0, which no real peer has).
    if (r->tag == wasix::address_family_t::unspec ||
        (r->tag == wasix::address_family_t::inet4 && r->u.inet4.port == 0) ||
        (r->tag == wasix::address_family_t::inet6 && r->u.inet6.port == 0))
        return fail_posix(ENOTCONN);
    if (fd_has(fd, fd_unix)) return unix_name(fd, true, addr, len);
    if (int err = sockaddr_from_wasix(*r, addr, len)) return fail_posix(err);
    return 0;
}
