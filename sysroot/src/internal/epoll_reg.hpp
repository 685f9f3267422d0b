// epoll_reg.hpp - the library's record of epoll registrations.
//
// The runtime reports readiness edges: a descriptor is reported when it
// becomes ready, and not again while it stays ready (a socket's readiness is
// cleared only when an operation on it fails with EAGAIN). Its EPOLL_CTL_MOD
// number does not behave as documented either. So the library remembers
// each registration (events and user data) and
//   - performs EPOLL_CTL_MOD as delete + add, and
//   - gives level-triggered registrations (no EPOLLET/EPOLLONESHOT) their
//     meaning: a descriptor it reported is marked for a re-check, and the
//     next epoll_wait reports it again as long as it is still ready
//     (epoll_pwait.cpp).
#pragma once

#include <stdint.h>

namespace wasix_libc {

struct epoll_reg {
    int epfd;  // -1: slot unused
    uint32_t events;  // Linux bits as given to epoll_ctl
    uint64_t data;
    bool recheck;  // reported level-triggered: check again on the next wait
};

// The registration of fd (any epoll instance), or nullptr. Descriptors
// beyond the table are not recorded (no level-triggered renewal for them).
bool epoll_reg_get(int fd, epoll_reg* out) noexcept;
void epoll_reg_set(int fd, int epfd, uint32_t events, uint64_t data) noexcept;
void epoll_reg_clear(int fd, int epfd) noexcept;
// Forgets any registration of fd (it was closed; its number is reused).
void epoll_reg_forget(int fd) noexcept;
// Marks or unmarks fd (registered with epfd) for a re-check.
void epoll_reg_set_recheck(int fd, int epfd, bool on) noexcept;
// Stores up to max descriptors of epfd marked for a re-check in fds; returns
// how many.
int epoll_reg_rechecks(int epfd, int* fds, int max) noexcept;

// Adds (op add) the registration of fd to epfd in the runtime. Returns the
// WASIX result as an errno_t value (0 on success).
int epoll_runtime_add(int epfd, int fd, uint32_t events, uint64_t data) noexcept;
int epoll_runtime_del(int epfd, int fd) noexcept;

}  // namespace wasix_libc
