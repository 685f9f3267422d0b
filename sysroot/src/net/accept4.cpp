// accept4(2) over sock_accept_v2.
#include <errno.h>
#include <sys/socket.h>

#include "../internal/errno_map.hpp"
#include "../internal/sockaddr.hpp"
#include "../internal/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int accept4(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len, int flags) {
    if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) return fail_posix(EINVAL);
    // A bad (addr, len) pair must not cost the caller a connection.
    if (int err = check_sockaddr_out(addr, len)) return fail_posix(err);
    const wasix::fdflags_t fl = (flags & SOCK_NONBLOCK) ? wasix::fdflags_t::nonblock : wasix::fdflags_t{};
    auto r = wasix::sock_accept_v2(wasix::fd_t{fd}, fl);
    if (!r) return sock_fail(fd, r.error());
    const int s = static_cast<int>(r->_0);
    sockinfo_reset(s);
    sockaddr_out(r->_1, addr, len);
    return s;
}
