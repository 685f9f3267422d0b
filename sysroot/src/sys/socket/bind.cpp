// bind(2) over sock_bind; the address is checked as Linux does
// (socket_address_in, sockaddr.hpp). AF_UNIX stream sockets are bound to a
// path by the emulation in unix_stream.hpp.
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int bind(int fd, const struct sockaddr* addr, socklen_t len) {
    if (fd_has(fd, fd_unix)) return unix_bind(fd, addr, len);
    wasix::addr_port_t a;
    if (int err = socket_address_in(fd, addr, len, &a)) return fail_posix(err);
    auto r = wasix::sock_bind(wasix::fd_t{fd}, &a);
    if (!r) return sock_fail(fd, r.error());
    return 0;
}
