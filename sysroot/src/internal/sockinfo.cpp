// Per-descriptor socket state kept by the library, and sock_fail().
#include <errno.h>

#include "epoll_reg.hpp"
#include "errno_map.hpp"
#include "peek.hpp"
#include "sockinfo.hpp"

namespace wasix_libc {
namespace {

constexpr int kMaxTracked = 4096;
// Bit 0: listen() succeeded on this descriptor. Bit 1: shut down for writing.
unsigned char g_state[kMaxTracked];

}  // namespace

void sockinfo_reset(int fd) noexcept {
    if (fd >= 0 && fd < kMaxTracked) __atomic_store_n(&g_state[fd], 0, __ATOMIC_RELAXED);
    if (peek_active()) peek_discard(fd);
    epoll_reg_forget(fd);  // a registration of a closed descriptor with this number
}

void sockinfo_set_listening(int fd) noexcept {
    if (fd >= 0 && fd < kMaxTracked) __atomic_fetch_or(&g_state[fd], 1, __ATOMIC_RELAXED);
}

bool sockinfo_listening(int fd) noexcept {
    return fd >= 0 && fd < kMaxTracked && (__atomic_load_n(&g_state[fd], __ATOMIC_RELAXED) & 1) != 0;
}

void sockinfo_set_shut_wr(int fd) noexcept {
    if (fd >= 0 && fd < kMaxTracked) __atomic_fetch_or(&g_state[fd], 2, __ATOMIC_RELAXED);
}

bool sockinfo_shut_wr(int fd) noexcept {
    return fd >= 0 && fd < kMaxTracked && (__atomic_load_n(&g_state[fd], __ATOMIC_RELAXED) & 2) != 0;
}

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

int sock_fail(int fd, wasix::errno_t e) noexcept {
    if (int err = check_socket(fd)) return fail_posix(err);
    return fail(e);
}

}  // namespace wasix_libc
