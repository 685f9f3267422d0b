// setsockopt(2) over sock_set_opt_* and sock_join/leave_multicast_*.
// The option VALUE is read from optval (never the pointer itself); what WASIX
// cannot express fails with ENOPROTOOPT.
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/select.h>  // struct timeval

#include "__support/errno_map.hpp"
#include "__support/sockinfo.hpp"
#include "__support/sockopt.hpp"

using namespace wasix_libc;

namespace {

// Reads an int option; IP_MULTICAST_* also accept a single byte (Linux).
int read_int(const void* optval, socklen_t optlen, bool byte_ok, int* out) {
    if (optval == nullptr) return EFAULT;
    if (optlen >= sizeof(int)) {
        memcpy(out, optval, sizeof(int));
        return 0;
    }
    if (byte_ok && optlen >= 1) {
        *out = *static_cast<const unsigned char*>(optval);
        return 0;
    }
    return EINVAL;
}

int set_membership(int fd, int level, int name, const void* optval, socklen_t optlen) {
    if (optval == nullptr) return fail_posix(EFAULT);
    const wasix::fd_t f{fd};
    if (level == IPPROTO_IP) {
        if (optlen < sizeof(struct ip_mreq)) return fail_posix(EINVAL);
        struct ip_mreq m;
        memcpy(&m, optval, sizeof m);
        wasix::addr_ip4_t group, iface;
        memcpy(&group, &m.imr_multiaddr, 4);
        memcpy(&iface, &m.imr_interface, 4);
        auto r = name == IP_ADD_MEMBERSHIP ? wasix::sock_join_multicast_v4(f, &group, &iface)
                                           : wasix::sock_leave_multicast_v4(f, &group, &iface);
        if (!r) return sockopt_fail(fd, r.error());
        return 0;
    }
    if (optlen < sizeof(struct ipv6_mreq)) return fail_posix(EINVAL);
    struct ipv6_mreq m;
    memcpy(&m, optval, sizeof m);
    wasix::addr_ip6_t group;
    memset(&group, 0, sizeof group);
    memcpy(&group, &m.ipv6mr_multiaddr, 16);
    auto r = name == IPV6_JOIN_GROUP ? wasix::sock_join_multicast_v6(f, &group, m.ipv6mr_interface)
                                     : wasix::sock_leave_multicast_v6(f, &group, m.ipv6mr_interface);
    if (!r) return sockopt_fail(fd, r.error());
    return 0;
}

}  // namespace

extern "C" int setsockopt(int fd, int level, int name, const void* optval, socklen_t optlen) {
    if (int err = check_socket(fd)) return fail_posix(err);
    const opt_map m = map_sockopt(level, name);
    const wasix::fd_t f{fd};
    switch (m.kind) {
    case opt_kind::none:
        return fail_posix(ENOPROTOOPT);
    case opt_kind::special:
        if ((level == IPPROTO_IP && (name == IP_ADD_MEMBERSHIP || name == IP_DROP_MEMBERSHIP)) ||
            (level == IPPROTO_IPV6 && (name == IPV6_JOIN_GROUP || name == IPV6_LEAVE_GROUP)))
            return set_membership(fd, level, name, optval, optlen);
        return fail_posix(ENOPROTOOPT);  // SO_ERROR, SO_TYPE, ...: read-only
    case opt_kind::flag:
    case opt_kind::byte_flag: {
        int v;
        if (int err = read_int(optval, optlen, m.kind == opt_kind::byte_flag, &v)) return fail_posix(err);
        auto r = wasix::sock_set_opt_flag(f, m.option, v ? wasix::bool_t::_true : wasix::bool_t::_false);
        if (!r) return sockopt_fail(fd, r.error());
        return 0;
    }
    case opt_kind::size:
    case opt_kind::byte_size: {
        int v;
        if (int err = read_int(optval, optlen, m.kind == opt_kind::byte_size, &v)) return fail_posix(err);
        if (v < 0) return fail_posix(EINVAL);
        auto r = wasix::sock_set_opt_size(f, m.option, static_cast<wasix::filesize_t>(v));
        if (!r) return sockopt_fail(fd, r.error());
        return 0;
    }
    case opt_kind::time: {
        if (optval == nullptr) return fail_posix(EFAULT);
        if (optlen < sizeof(struct timeval)) return fail_posix(EINVAL);
        struct timeval tv;
        memcpy(&tv, optval, sizeof tv);
        if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000) return fail_posix(EDOM);
        wasix::option_timestamp_t t = wasix::option_timestamp_t::make_none(0);
        if (tv.tv_sec != 0 || tv.tv_usec != 0)
            t = wasix::option_timestamp_t::make_some(static_cast<wasix::timestamp_t>(tv.tv_sec) * 1000000000ull +
                                                     static_cast<wasix::timestamp_t>(tv.tv_usec) * 1000ull);
        auto r = wasix::sock_set_opt_time(f, m.option, &t);
        if (!r) return sockopt_fail(fd, r.error());
        return 0;
    }
    case opt_kind::linger: {
        if (optval == nullptr) return fail_posix(EFAULT);
        if (optlen < sizeof(struct linger)) return fail_posix(EINVAL);
        struct linger l;
        memcpy(&l, optval, sizeof l);
        wasix::option_timestamp_t t = wasix::option_timestamp_t::make_none(0);
        if (l.l_onoff) {
            if (l.l_linger < 0) return fail_posix(EINVAL);
            t = wasix::option_timestamp_t::make_some(static_cast<wasix::timestamp_t>(l.l_linger) * 1000000000ull);
        }
        auto r = wasix::sock_set_opt_time(f, m.option, &t);
        if (!r) return sockopt_fail(fd, r.error());
        return 0;
    }
    }
    return fail_posix(ENOPROTOOPT);
}
