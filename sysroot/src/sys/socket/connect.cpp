// connect(2) over sock_connect.
//
// The runtime completes a connection attempt before returning, also on a
// non-blocking socket, so connect() reports the outcome at once (POSIX allows
// a non-blocking connect to succeed or fail immediately); SO_ERROR is then 0.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int connect(int fd, const struct sockaddr* addr, socklen_t len) {
    wasix::addr_port_t a;
    if (int err = sockaddr_to_wasix(addr, len, &a)) {
        if (int e2 = check_socket(fd)) return fail_posix(e2);
        return fail_posix(err);
    }
    auto r = wasix::sock_connect(wasix::fd_t{fd}, &a);
    if (!r) return sock_fail(fd, r.error());
    return 0;
}
