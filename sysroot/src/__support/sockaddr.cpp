// POSIX sockaddr <-> WASIX addr_port_t; POSIX <-> WASIX socket constants.
// See sockaddr.hpp for the port byte order rule.
#include <errno.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/un.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"

namespace wasix_libc {
namespace {

// Port of an address going into the runtime: sin_port (network order) as a
// host-order integer.
uint16_t port_to_runtime(in_port_t sin_port) noexcept {
    return static_cast<uint16_t>((sin_port >> 8) | (sin_port << 8));
}

// Port of an address the runtime wrote: already in network order.
in_port_t port_from_runtime(uint16_t port) noexcept { return port; }

}  // namespace

int sockaddr_to_wasix(const struct sockaddr* sa, socklen_t len, wasix::addr_port_t* out) noexcept {
    if (sa == nullptr) return EFAULT;
    if (len < sizeof(sa_family_t)) return EINVAL;
    memset(out, 0, sizeof *out);
    switch (sa->sa_family) {
    case AF_INET: {
        if (len < sizeof(struct sockaddr_in)) return EINVAL;
        struct sockaddr_in in;
        memcpy(&in, sa, sizeof in);
        out->tag = wasix::address_family_t::inet4;
        out->u.inet4.port = port_to_runtime(in.sin_port);
        memcpy(&out->u.inet4.addr, &in.sin_addr, 4);
        return 0;
    }
    case AF_INET6: {
        // The scope id is optional, as in RFC 2133's 24-byte sockaddr_in6.
        if (len < offsetof(struct sockaddr_in6, sin6_scope_id)) return EINVAL;
        struct sockaddr_in6 in6;
        memset(&in6, 0, sizeof in6);
        memcpy(&in6, sa, len < sizeof in6 ? len : sizeof in6);
        out->tag = wasix::address_family_t::inet6;
        out->u.inet6.port = port_to_runtime(in6.sin6_port);
        // The runtime takes the 16 address bytes in network order (its eight
        // u16 fields are not byte-swapped); flow info and scope id are ignored.
        memcpy(&out->u.inet6.addr, &in6.sin6_addr, 16);
        return 0;
    }
    case AF_UNIX: {
        struct sockaddr_un un;
        memset(&un, 0, sizeof un);
        size_t n = len < sizeof un ? len : sizeof un;
        memcpy(&un, sa, n);
        out->tag = wasix::address_family_t::_unix;
        memcpy(&out->u._unix, un.sun_path, sizeof un.sun_path);
        return 0;
    }
    default:
        return EAFNOSUPPORT;
    }
}

int check_sockaddr_out(struct sockaddr* sa, socklen_t* len) noexcept {
    if (sa == nullptr) return 0;
    if (len == nullptr) return EFAULT;
    if (static_cast<int>(*len) < 0) return EINVAL;
    return 0;
}

int sockaddr_from_wasix(const wasix::addr_port_t& addr, struct sockaddr* sa, socklen_t* len) noexcept {
    if (int err = check_sockaddr_out(sa, len)) return err;
    if (len == nullptr) return EFAULT;
    union {
        struct sockaddr_in in;
        struct sockaddr_in6 in6;
        struct sockaddr_un un;
        struct sockaddr any;
    } full;
    memset(&full, 0, sizeof full);
    socklen_t full_len;
    switch (addr.tag) {
    case wasix::address_family_t::inet4:
        full.in.sin_family = AF_INET;
        full.in.sin_port = port_from_runtime(addr.u.inet4.port);
        memcpy(&full.in.sin_addr, &addr.u.inet4.addr, 4);
        full_len = sizeof full.in;
        break;
    case wasix::address_family_t::inet6:
        full.in6.sin6_family = AF_INET6;
        full.in6.sin6_port = port_from_runtime(addr.u.inet6.port);
        memcpy(&full.in6.sin6_addr, &addr.u.inet6.addr, 16);
        full_len = sizeof full.in6;
        break;
    case wasix::address_family_t::_unix: {
        full.un.sun_family = AF_UNIX;
        memcpy(full.un.sun_path, &addr.u._unix, sizeof full.un.sun_path);
        size_t path_len = strnlen(full.un.sun_path, sizeof full.un.sun_path);
        full_len = static_cast<socklen_t>(offsetof(struct sockaddr_un, sun_path) + path_len +
                                          (path_len < sizeof full.un.sun_path ? 1 : 0));
        break;
    }
    default:
        full.any.sa_family = AF_UNSPEC;
        full_len = sizeof(sa_family_t);
        break;
    }
    socklen_t n = *len < full_len ? *len : full_len;
    if (n > 0) {
        if (sa == nullptr) return EFAULT;
        memcpy(sa, &full, n);
    }
    *len = full_len;
    return 0;
}

bool family_to_wasix(int af, wasix::address_family_t* out) noexcept {
    switch (af) {
    case AF_INET: *out = wasix::address_family_t::inet4; return true;
    case AF_INET6: *out = wasix::address_family_t::inet6; return true;
    case AF_UNIX: *out = wasix::address_family_t::_unix; return true;
    default: return false;
    }
}

int family_from_wasix(wasix::address_family_t af) noexcept {
    switch (af) {
    case wasix::address_family_t::inet4: return AF_INET;
    case wasix::address_family_t::inet6: return AF_INET6;
    case wasix::address_family_t::_unix: return AF_UNIX;
    default: return AF_UNSPEC;
    }
}

bool socktype_to_wasix(int type, wasix::sock_type_t* out) noexcept {
    switch (type) {
    case SOCK_STREAM: *out = wasix::sock_type_t::socket_stream; return true;
    case SOCK_DGRAM: *out = wasix::sock_type_t::socket_dgram; return true;
    case SOCK_RAW: *out = wasix::sock_type_t::socket_raw; return true;
    case SOCK_SEQPACKET: *out = wasix::sock_type_t::socket_seqpacket; return true;
    default: return false;
    }
}

int socktype_from_wasix(wasix::sock_type_t type) noexcept {
    switch (type) {
    case wasix::sock_type_t::socket_stream: return SOCK_STREAM;
    case wasix::sock_type_t::socket_dgram: return SOCK_DGRAM;
    case wasix::sock_type_t::socket_raw: return SOCK_RAW;
    case wasix::sock_type_t::socket_seqpacket: return SOCK_SEQPACKET;
    default: return 0;
    }
}

int socket_type_of(int fd) noexcept {
    auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return fail(st.error());
    switch (st->fs_filetype) {
    case wasix::filetype_t::socket_stream: return SOCK_STREAM;
    case wasix::filetype_t::socket_dgram: return SOCK_DGRAM;
    case wasix::filetype_t::socket_raw: return SOCK_RAW;
    case wasix::filetype_t::socket_seqpacket: return SOCK_SEQPACKET;
    case wasix::filetype_t::unknown: {
        // What the runtime reports for a listening socket, which is a stream one.
        auto a = wasix::sock_addr_local(wasix::fd_t{fd});
        if (!a) return fail_posix(a.error() == wasix::errno_t::notsock ? ENOTSOCK : posix_errno(a.error()));
        return SOCK_STREAM;
    }
    default: return fail_posix(ENOTSOCK);
    }
}

int socket_address_in(int fd, const struct sockaddr* addr, socklen_t len, wasix::addr_port_t* out) noexcept {
    if (len > sizeof(struct sockaddr_storage)) return EINVAL;
    const uint32_t f = fd_flags(fd);
    const socklen_t need = (f & fd_inet6) ? 24 : (f & fd_inet) ? sizeof(struct sockaddr_in) : 0;
    int err = 0;
    if (addr == nullptr && len == 0)
        err = EINVAL;
    else if (addr != nullptr && len < need)
        err = EINVAL;
    else
        err = sockaddr_to_wasix(addr, len, out);
    if (err) {
        if (int bad = check_socket(fd)) return bad;
        return err;
    }
    if (((f & fd_inet) && addr->sa_family != AF_INET) || ((f & fd_inet6) && addr->sa_family != AF_INET6))
        return EAFNOSUPPORT;
    return 0;
}

}  // namespace wasix_libc
