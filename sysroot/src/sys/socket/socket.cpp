// socket(2) over sock_open.
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/timer_warmup.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int socket(int domain, int type, int protocol) {
    const int flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC);
    type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);

    wasix::address_family_t af;
    if (!family_to_wasix(domain, &af)) return fail_posix(EAFNOSUPPORT);
    // Linux: a type outside the kernel's range (0..10) is EINVAL; one in
    // range that the family has no protocol for (0, SOCK_RDM, ...;
    // SOCK_SEQPACKET for the inet families) is ESOCKTNOSUPPORT.
    wasix::sock_type_t st;
    if (!socktype_to_wasix(type, &st)) return fail_posix(type >= 0 && type <= 10 ? ESOCKTNOSUPPORT : EINVAL);
    if ((domain == AF_INET || domain == AF_INET6) && type == SOCK_SEQPACKET) return fail_posix(ESOCKTNOSUPPORT);

    // Linux: a protocol number outside 0..IPPROTO_MAX-1 is EINVAL; one that
    // does not suit the type is EPROTONOSUPPORT; 0 picks the default.
    if (protocol < 0 || protocol >= IPPROTO_MAX) return fail_posix(EINVAL);
    switch (type) {
    case SOCK_STREAM:
        if (protocol != 0 && protocol != IPPROTO_TCP) return fail_posix(EPROTONOSUPPORT);
        break;
    case SOCK_DGRAM:
        if (protocol != 0 && protocol != IPPROTO_UDP) return fail_posix(EPROTONOSUPPORT);
        break;
    default:
        if (protocol < 0 || protocol > IPPROTO_MAX) return fail_posix(EPROTONOSUPPORT);
        break;
    }
    if (domain == AF_UNIX && protocol != 0) return fail_posix(EPROTONOSUPPORT);

    ensure_timers();  // must precede the first socket (timer_warmup.hpp)
    // An AF_UNIX stream socket is a loopback TCP socket underneath: the
    // runtime's own cannot be bound or connected (unix_stream.hpp).
    const bool unix_stream = domain == AF_UNIX && type == SOCK_STREAM;
    if (unix_stream) af = wasix::address_family_t::inet4;
    auto fd = wasix::sock_open(af, st, unix_stream ? wasix::sock_proto_t::tcp : static_cast<wasix::sock_proto_t>(protocol));
    if (!fd) {
        // The runtime answers "not supported" for types it lacks (SOCK_RAW, UDP
        // under some hosts): POSIX calls that EPROTONOSUPPORT / ESOCKTNOSUPPORT.
        if (fd.error() == wasix::errno_t::notsup) return fail_posix(EPROTONOSUPPORT);
        return fail(fd.error());
    }
    const int s = static_cast<int>(*fd);
    if (flags & SOCK_NONBLOCK) {
        auto r = wasix::fd_fdstat_set_flags(*fd, wasix::fdflags_t::nonblock);
        if (!r) {
            (void)wasix::fd_close(*fd);
            return fail(r.error());
        }
    }
    const uint32_t family = domain == AF_INET ? fd_inet : domain == AF_INET6 ? fd_inet6 : unix_stream ? fd_unix : 0u;
    fd_opened(s, fd_socket | family | (type == SOCK_STREAM ? fd_stream : 0u) | ((flags & SOCK_CLOEXEC) ? fd_cloexec : 0u));
    if (unix_stream) unix_reset(s);
    return s;
}
