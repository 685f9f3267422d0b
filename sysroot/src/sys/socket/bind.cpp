// bind(2) over sock_bind. The arguments are checked in Linux's order: the
// length against sockaddr_storage, then the address, then its family against
// the socket's.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int bind(int fd, const struct sockaddr* addr, socklen_t len) {
    if (len > sizeof(struct sockaddr_storage)) return fail_posix(EINVAL);
    if (addr == nullptr && len == 0) {
        if (int e = check_socket(fd)) return fail_posix(e);
        return fail_posix(EINVAL);
    }
    wasix::addr_port_t a;
    if (int err = sockaddr_to_wasix(addr, len, &a)) {
        if (int e2 = check_socket(fd)) return fail_posix(e2);
        return fail_posix(err);
    }
    const uint32_t f = fd_flags(fd);
    if (((f & fd_inet) && addr->sa_family != AF_INET) || ((f & fd_inet6) && addr->sa_family != AF_INET6))
        return fail_posix(EAFNOSUPPORT);
    auto r = wasix::sock_bind(wasix::fd_t{fd}, &a);
    if (!r) return sock_fail(fd, r.error());
    return 0;
}
