// getsockname(2) over sock_addr_local.
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int getsockname(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
    auto r = wasix::sock_addr_local(wasix::fd_t{fd});
    if (!r) return sock_fail(fd, r.error());
    if (int err = sockaddr_from_wasix(*r, addr, len)) return fail_posix(err);
    return 0;
}
