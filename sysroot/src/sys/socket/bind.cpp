// bind(2) over sock_bind.
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int bind(int fd, const struct sockaddr* addr, socklen_t len) {
    wasix::addr_port_t a;
    if (int err = sockaddr_to_wasix(addr, len, &a)) {
        if (int e2 = check_socket(fd)) return fail_posix(e2);
        return fail_posix(err);
    }
    auto r = wasix::sock_bind(wasix::fd_t{fd}, &a);
    if (!r) return sock_fail(fd, r.error());
    return 0;
}
