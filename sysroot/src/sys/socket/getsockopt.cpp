// getsockopt(2) over sock_get_opt_* and what the library knows itself.
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/select.h>  // struct timeval

#include "__support/errno_map.hpp"
#include "__support/sockaddr.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockinfo.hpp"
#include "__support/sockopt.hpp"

using namespace wasix_libc;

namespace {

// Copies size bytes of value, truncated to *optlen, and stores the length
// written (as Linux does).
int put(void* optval, socklen_t* optlen, const void* value, socklen_t size) {
    socklen_t n = *optlen < size ? *optlen : size;
    if (n > 0) memcpy(optval, value, n);
    *optlen = n;
    return 0;
}

int put_int(void* optval, socklen_t* optlen, int v) { return put(optval, optlen, &v, sizeof v); }

int get_special(int fd, int level, int name, void* optval, socklen_t* optlen) {
    const wasix::fd_t f{fd};
    if (level != SOL_SOCKET) return fail_posix(ENOPROTOOPT);  // membership options are write-only
    switch (name) {
    case SO_TYPE: {
        int type = socket_type_of(fd);
        if (type < 0) return -1;
        return put_int(optval, optlen, type);
    }
    case SO_PROTOCOL: {
        int type = socket_type_of(fd);
        if (type < 0) return -1;
        return put_int(optval, optlen, type == SOCK_STREAM ? IPPROTO_TCP : type == SOCK_DGRAM ? IPPROTO_UDP : 0);
    }
    case SO_DOMAIN: {
        auto a = wasix::sock_addr_local(f);
        if (!a) return sock_fail(fd, a.error());
        return put_int(optval, optlen, family_from_wasix(a->tag));
    }
    case SO_ACCEPTCONN:
        return put_int(optval, optlen, fd_has(fd, fd_listening) ? 1 : 0);
    case SO_ERROR: {
        // The runtime keeps the last error of the socket; reading clears it.
        auto r = wasix::sock_get_opt_size(f, wasix::sock_option_t::last_error);
        int err = r ? (*r == 0 ? 0 : __wasix_errno_to_posix(static_cast<int>(*r))) : 0;
        return put_int(optval, optlen, err);
    }
    default:
        return fail_posix(ENOPROTOOPT);
    }
}

}  // namespace

extern "C" int getsockopt(int fd, int level, int name, void* __restrict optval, socklen_t* __restrict optlen) {
    if (int err = check_socket(fd)) return fail_posix(err);
    if (optlen == nullptr) return fail_posix(EFAULT);
    if (static_cast<int>(*optlen) < 0) return fail_posix(EINVAL);
    if (optval == nullptr && *optlen > 0) return fail_posix(EFAULT);
    const opt_map m = map_sockopt(level, name);
    const wasix::fd_t f{fd};
    switch (m.kind) {
    case opt_kind::none:
        return fail_posix(ENOPROTOOPT);
    case opt_kind::special:
        return get_special(fd, level, name, optval, optlen);
    case opt_kind::flag:
    case opt_kind::byte_flag: {
        auto r = wasix::sock_get_opt_flag(f, m.option);
        if (!r) return sockopt_fail(fd, r.error());
        return put_int(optval, optlen, *r == wasix::bool_t::_true ? 1 : 0);
    }
    case opt_kind::size:
    case opt_kind::byte_size: {
        auto r = wasix::sock_get_opt_size(f, m.option);
        if (!r) return sockopt_fail(fd, r.error());
        return put_int(optval, optlen, *r > 0x7fffffffull ? 0x7fffffff : static_cast<int>(*r));
    }
    case opt_kind::time: {
        auto r = wasix::sock_get_opt_time(f, m.option);
        if (!r) return sockopt_fail(fd, r.error());
        struct timeval tv = {0, 0};
        if (const wasix::timestamp_t* ns = r->get_some()) {
            tv.tv_sec = static_cast<time_t>(*ns / 1000000000ull);
            tv.tv_usec = static_cast<suseconds_t>((*ns % 1000000000ull) / 1000ull);
        }
        return put(optval, optlen, &tv, sizeof tv);
    }
    case opt_kind::linger: {
        auto r = wasix::sock_get_opt_time(f, m.option);
        if (!r) return sockopt_fail(fd, r.error());
        struct linger l = {0, 0};
        if (const wasix::timestamp_t* ns = r->get_some()) {
            l.l_onoff = 1;
            l.l_linger = static_cast<int>(*ns / 1000000000ull);
        }
        return put(optval, optlen, &l, sizeof l);
    }
    }
    return fail_posix(ENOPROTOOPT);
}
