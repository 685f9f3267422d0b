// sockopt.hpp - how POSIX socket options map onto WASIX sock_option_t.
#pragma once

#include <wasix/wasix.hpp>

namespace wasix_libc {

enum class opt_kind {
    none,      // not expressible: ENOPROTOOPT
    flag,      // int 0/1 <-> sock_*_opt_flag
    size,      // int <-> sock_*_opt_size
    time,      // struct timeval <-> sock_*_opt_time
    linger,    // struct linger <-> sock_*_opt_time(linger)
    byte_flag, // int or unsigned char 0/1 (IP_MULTICAST_LOOP)
    byte_size, // int or unsigned char (IP_MULTICAST_TTL)
    special,   // handled by getsockopt/setsockopt themselves
};

struct opt_map {
    opt_kind kind;
    wasix::sock_option_t option;
};

// The WASIX option for (level, name).
opt_map map_sockopt(int level, int name) noexcept;

// An option call failed with e: the runtime answers EINVAL or ENOTSUP for an
// option it cannot apply to this socket, which POSIX calls ENOPROTOOPT.
int sockopt_fail(int fd, wasix::errno_t e) noexcept;

}  // namespace wasix_libc
