// accept4(2) over sock_accept_v2.
//
// The runtime applies the fdflags given to sock_accept_v2 to the accept
// itself (QUIRKS.md, "accept flags"): non-blocking there makes a blocking
// listener fail with EAGAIN at once. SOCK_NONBLOCK belongs to the new socket,
// so it is set on the new socket after the accept.
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/sockaddr.hpp"
#include "__support/sockinfo.hpp"
#include "__support/unix_stream.hpp"

using namespace wasix_libc;

extern "C" int accept4(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len, int flags) {
    if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) return fail_posix(EINVAL);
    const bool unix_stream = fd_has(fd, fd_unix);
    const auto accept = [fd] {
        return wait_as_linux(fd, false, [fd] { return wasix::sock_accept_v2(wasix::fd_t{fd}, wasix::fdflags_t{}); });
    };
    auto r = accept();
    // An AF_UNIX connection that does not know the listener's secret is
    // dropped (unix_stream.hpp); the next one is taken.
    while (r && unix_stream && !unix_admit(fd, static_cast<int>(r->fd))) {
        (void)wasix::fd_close(r->fd);
        r = accept();
    }
    if (!r) {
        // A socket that is not listening: Linux says EINVAL, the runtime
        // ENOTSUP, or ENOTCONN for one that was never listened on.
        const bool not_listening = r.error() == wasix::errno_t::notsup ||
                                   (r.error() == wasix::errno_t::notconn && !fd_has(fd, fd_listening));
        if (not_listening && check_socket(fd) == 0) return fail_posix(EINVAL);
        return sock_fail(fd, r.error());
    }
    const wasix::fd_t nfd = r->fd;
    const int s = static_cast<int>(nfd);
    // As on Linux, a bad (addr, len) pair is found only when the address is
    // stored, after the accept: the connection is closed (so an empty queue
    // still answers EAGAIN first).
    if (int err = check_sockaddr_out(addr, len)) {
        (void)wasix::fd_close(nfd);
        return fail_posix(err);
    }
    if (flags & SOCK_NONBLOCK) {
        auto set = wasix::fd_fdstat_set_flags(nfd, wasix::fdflags_t::nonblock);
        if (!set) {
            (void)wasix::fd_close(nfd);
            return fail(set.error());
        }
    }
    // The new socket has the listener's family.
    fd_opened(s, fd_socket | fd_stream | (fd_flags(fd) & (fd_inet | fd_inet6 | fd_unix)) | ((flags & SOCK_CLOEXEC) ? fd_cloexec : 0u));
    if (unix_stream) {
        // The client is unnamed: only the family is reported.
        if (addr != nullptr) {
            struct sockaddr unnamed = {};
            unnamed.sa_family = AF_UNIX;
            memcpy(addr, &unnamed, *len < sizeof(sa_family_t) ? *len : sizeof(sa_family_t));
            *len = sizeof(sa_family_t);
        }
        return s;
    }
    sockaddr_out(r->addr, addr, len);
    return s;
}
