// socketpair(2): WASIX has no connected pair of sockets, and a loopback TCP
// pair cannot be built either (the runtime does not report the port picked
// for port 0), so this reports EOPNOTSUPP after checking the arguments.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"

extern "C" int socketpair(int domain, int type, int protocol, int sv[2]) {
    (void)protocol;
    if (sv == nullptr) return wasix_libc::fail_posix(EFAULT);
    type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (domain != AF_UNIX) return wasix_libc::fail_posix(domain == AF_INET || domain == AF_INET6 ? EOPNOTSUPP : EAFNOSUPPORT);
    if (type != SOCK_STREAM && type != SOCK_DGRAM && type != SOCK_SEQPACKET) return wasix_libc::fail_posix(EINVAL);
    return wasix_libc::fail_posix(EOPNOTSUPP);
}
