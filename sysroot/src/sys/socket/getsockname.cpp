// getsockname(2) over sock_addr_local; AF_UNIX stream sockets report the
// name they were bound to (unix_stream.hpp).
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int getsockname(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
    if (fd_has(fd, fd_unix)) return unix_name(fd, false, addr, len);
    auto r = wasix::sock_addr_local(wasix::fd_t{fd});
    if (!r) return sock_fail(fd, r.error());
    if (int err = sockaddr_from_wasix(*r, addr, len)) return fail_posix(err);
    return 0;
}
