// listen(2) over sock_listen.
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int listen(int fd, int backlog) {
    if (backlog < 0) backlog = 0;
    if (backlog > SOMAXCONN) backlog = SOMAXCONN;
    auto r = wasix::sock_listen(wasix::fd_t{fd}, static_cast<wasix::size_t>(backlog));
    // listen() again on a listening socket only changes its backlog on
    // Linux; the runtime refuses it, and keeps listening.
    if (!r && fd_has(fd, fd_listening) && check_socket(fd) == 0) return 0;
    if (!r) return sock_fail(fd, r.error());
    fd_set_flag(fd, fd_listening, true);
    return 0;
}
