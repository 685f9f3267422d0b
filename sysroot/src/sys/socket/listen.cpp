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
    if (!r) return sock_fail(fd, r.error());
    fd_set_flag(fd, fd_listening, true);
    return 0;
}
