// The POSIX -> WASIX socket option table.
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockinfo.hpp"
#include "__support/sockopt.hpp"

namespace wasix_libc {

opt_map map_sockopt(int level, int name) noexcept {
    using o = wasix::sock_option_t;
    switch (level) {
    case SOL_SOCKET:
        switch (name) {
        case SO_REUSEADDR: return {opt_kind::flag, o::reuse_addr};
        case SO_REUSEPORT: return {opt_kind::flag, o::reuse_port};
        case SO_KEEPALIVE: return {opt_kind::flag, o::keep_alive};
        case SO_BROADCAST: return {opt_kind::flag, o::broadcast};
        case SO_OOBINLINE: return {opt_kind::flag, o::oob_inline};
        case SO_DONTROUTE: return {opt_kind::flag, o::dont_route};
        case SO_RCVBUF: return {opt_kind::size, o::recv_buf_size};
        case SO_SNDBUF: return {opt_kind::size, o::send_buf_size};
        case SO_RCVLOWAT: return {opt_kind::size, o::recv_lowat};
        case SO_SNDLOWAT: return {opt_kind::size, o::send_lowat};
        case SO_RCVTIMEO: return {opt_kind::time, o::recv_timeout};
        case SO_SNDTIMEO: return {opt_kind::time, o::send_timeout};
        case SO_LINGER: return {opt_kind::linger, o::linger};
        case SO_ERROR:
        case SO_TYPE:
        case SO_PROTOCOL:
        case SO_DOMAIN:
        case SO_ACCEPTCONN: return {opt_kind::special, o::noop};
        default: return {opt_kind::none, o::noop};
        }
    case IPPROTO_TCP:
        switch (name) {
        case TCP_NODELAY: return {opt_kind::flag, o::no_delay};
        default: return {opt_kind::none, o::noop};  // TCP_KEEPIDLE/INTVL/CNT: no WASIX option
        }
    case IPPROTO_IP:
        switch (name) {
        case IP_TTL: return {opt_kind::size, o::ttl};
        case IP_MULTICAST_TTL: return {opt_kind::byte_size, o::multicast_ttl_v4};
        case IP_MULTICAST_LOOP: return {opt_kind::byte_flag, o::multicast_loop_v4};
        case IP_ADD_MEMBERSHIP:
        case IP_DROP_MEMBERSHIP: return {opt_kind::special, o::noop};
        default: return {opt_kind::none, o::noop};
        }
    case IPPROTO_IPV6:
        switch (name) {
        case IPV6_V6ONLY: return {opt_kind::flag, o::only_v6};
        case IPV6_MULTICAST_LOOP: return {opt_kind::flag, o::multicast_loop_v6};
        case IPV6_UNICAST_HOPS: return {opt_kind::size, o::ttl};
        case IPV6_JOIN_GROUP:
        case IPV6_LEAVE_GROUP: return {opt_kind::special, o::noop};
        default: return {opt_kind::none, o::noop};
        }
    default:
        return {opt_kind::none, o::noop};
    }
}

int sockopt_fail(int fd, wasix::errno_t e) noexcept {
    if (int err = check_socket(fd)) return fail_posix(err);
    if (e == wasix::errno_t::inval || e == wasix::errno_t::notsup || e == wasix::errno_t::io)
        return fail_posix(ENOPROTOOPT);
    return fail(e);
}

}  // namespace wasix_libc
