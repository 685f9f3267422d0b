// shutdown(2) over sock_shutdown.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"

using namespace wasix_libc;

extern "C" int shutdown(int fd, int how) {
    wasix::sdflags_t sd;
    switch (how) {
    case SHUT_RD: sd = wasix::sdflags_t::rd; break;
    case SHUT_WR: sd = wasix::sdflags_t::wr; break;
    case SHUT_RDWR: sd = wasix::sdflags_t::rd | wasix::sdflags_t::wr; break;
    default:
        if (int err = check_socket(fd)) return fail_posix(err);
        return fail_posix(EINVAL);
    }
    auto r = wasix::sock_shutdown(wasix::fd_t{fd}, sd);
    if (!r) return sock_fail(fd, r.error());
    if (how != SHUT_RD) fd_set_flag(fd, fd_shut_wr, true);
    return 0;
}
