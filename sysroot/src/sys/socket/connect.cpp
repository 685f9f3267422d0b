// connect(2) over sock_connect.
//
// The runtime completes a connection attempt before returning, also on a
// non-blocking socket, so connect() reports the outcome at once (POSIX allows
// a non-blocking connect to succeed or fail immediately); SO_ERROR is then 0.
// The address is checked as Linux does (socket_address_in, sockaddr.hpp).
// AF_UNIX stream sockets connect to a path through unix_stream.hpp.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int connect(int fd, const struct sockaddr* addr, socklen_t len) {
    if (fd_has(fd, fd_unix)) return unix_connect(fd, addr, len);
    wasix::addr_port_t a;
    if (int err = socket_address_in(fd, addr, len, &a)) return fail_posix(err);
    auto r = wasix::sock_connect(wasix::fd_t{fd}, &a);
    if (!r) {
        // A socket that is connected or listening already: Linux says
        // EISCONN, the runtime ENOTSUP.
        if (check_socket(fd) == 0 && (fd_has(fd, fd_listening) || sock_connected(fd))) return fail_posix(EISCONN);
        return sock_fail(fd, r.error());
    }
    return 0;
}
