// socketpair(2). Linux makes pairs only in AF_UNIX (EOPNOTSUPP for
// AF_INET/AF_INET6; the runtime also pairs inet sockets, but a program
// ported from Linux must see Linux's answer). Stream pairs are loopback TCP
// connections (unix_stream.hpp, unix_pair), datagram and seqpacket pairs the
// runtime's sock_pair.
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockaddr.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int socketpair(int domain, int type, int protocol, int sv[2]) {
    const int flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC);
    type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (domain == AF_INET || domain == AF_INET6) return fail_posix(EOPNOTSUPP);
    if (domain != AF_UNIX) return fail_posix(EAFNOSUPPORT);
    // Linux: a type outside 0..SOCK_MAX-1 (10) is EINVAL; AF_UNIX takes
    // SOCK_RAW as SOCK_DGRAM and knows no other types (ESOCKTNOSUPPORT).
    if (type < 0 || type >= 10) return fail_posix(EINVAL);
    if (type == SOCK_RAW) type = SOCK_DGRAM;
    wasix::sock_type_t st;
    if (!socktype_to_wasix(type, &st)) return fail_posix(ESOCKTNOSUPPORT);
    if (protocol != 0 && protocol != AF_UNIX) return fail_posix(EPROTONOSUPPORT);
    // Linux checks the arguments first and faults writing the pair.
    if (sv == nullptr) return fail_posix(EFAULT);

    wasix::fd_t ends[2];
    if (type == SOCK_STREAM) {
        if (const int err = unix_pair(&ends[0], &ends[1])) return fail_posix(err);
    } else {
        const auto p = wasix::sock_pair(wasix::address_family_t::_unix, st, wasix::sock_proto_t::ip);
        // The runtime's ENOTSUP is EOPNOTSUPP in the POSIX numbering.
        if (!p) return fail(p.error());
        ends[0] = p->fd1;
        ends[1] = p->fd2;
    }
    if (flags & SOCK_NONBLOCK) {
        for (const wasix::fd_t fd : ends) {
            const auto set = wasix::fd_fdstat_set_flags(fd, wasix::fdflags_t::nonblock);
            if (!set) {
                (void)wasix::fd_close(ends[0]);
                (void)wasix::fd_close(ends[1]);
                return fail(set.error());
            }
        }
    }
    const uint32_t state =
        fd_socket | (type == SOCK_STREAM ? fd_unix | fd_stream : 0u) | ((flags & SOCK_CLOEXEC) ? fd_cloexec : 0u);
    for (int i = 0; i < 2; ++i) {
        fd_opened(static_cast<int>(ends[i]), state);
        if (type == SOCK_STREAM) unix_reset(static_cast<int>(ends[i]));
        sv[i] = static_cast<int>(ends[i]);
    }
    return 0;
}
