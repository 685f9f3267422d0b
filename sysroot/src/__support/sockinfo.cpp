// check_socket() and sock_fail() (sockinfo.hpp).
#include <errno.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"

namespace wasix_libc {
int check_socket(int fd) noexcept {
    if (fd < 0) return EBADF;
    auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return st.error() == wasix::errno_t::badf ? EBADF : posix_errno(st.error());
    switch (st->fs_filetype) {
    case wasix::filetype_t::socket_stream:
    case wasix::filetype_t::socket_dgram:
    case wasix::filetype_t::socket_raw:
    case wasix::filetype_t::socket_seqpacket:
        return 0;
    case wasix::filetype_t::unknown: {
        // The runtime reports a listening socket as "unknown": ask a call
        // that only sockets answer.
        auto a = wasix::sock_addr_local(wasix::fd_t{fd});
        if (!a && a.error() == wasix::errno_t::notsock) return ENOTSOCK;
        return 0;
    }
    default:
        return ENOTSOCK;
    }
}

bool is_peer_address(const wasix::addr_port_t& a) noexcept {
    if (a.tag == wasix::address_family_t::inet4) return a.u.inet4.port != 0;
    if (a.tag == wasix::address_family_t::inet6) return a.u.inet6.port != 0;
    return a.tag != wasix::address_family_t::unspec;
}

bool sock_connected(int fd) noexcept {
    auto r = wasix::sock_addr_peer(wasix::fd_t{fd});
    return r && is_peer_address(*r);
}

int sock_fail(int fd, wasix::errno_t e) noexcept {
    // A transfer that would block is the common failure of a non-blocking
    // server: the runtime's EAGAIN shows fd open, and the table knows a
    // socket made by this layer, so the runtime is not asked again.
    if (e == wasix::errno_t::again && fd_has(fd, fd_socket)) return fail(e);
    if (int err = check_socket(fd)) return fail_posix(err);
    return fail(e);
}

bool gave_up_waiting(int fd, wasix::errno_t e, bool sending) noexcept {
    if (e != wasix::errno_t::timedout) return false;
    // Asked on this rare path only. A listening socket has no such option
    // (EINVAL): its accept has no timeout of the program's either.
    const wasix::sock_option_t timeout = sending ? wasix::sock_option_t::send_timeout : wasix::sock_option_t::recv_timeout;
    auto set = wasix::sock_get_opt_time(wasix::fd_t{fd}, timeout);
    return !set || set->get_some() == nullptr;
}

}  // namespace wasix_libc
