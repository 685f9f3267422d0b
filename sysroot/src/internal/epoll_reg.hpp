// epoll_reg.hpp - the library's record of epoll registrations.
//
// The runtime reports a ready descriptor once and then not again until its
// registration is renewed (edge-triggered in effect), and its EPOLL_CTL_MOD
// number does not behave as documented. So the library remembers each
// registration (events and user data) and
//   - performs EPOLL_CTL_MOD as delete + add, and
//   - gives level-triggered registrations (no EPOLLET/EPOLLONESHOT) their
//     meaning by renewing, after epoll_wait, the registration of every
//     descriptor it reported, so one still ready is reported again.
#pragma once

#include <stdint.h>

namespace wasix_libc {

struct epoll_reg {
    int epfd;  // -1: slot unused
    uint32_t events;  // Linux bits as given to epoll_ctl
    uint64_t data;
};

// The registration of fd (any epoll instance), or nullptr. Descriptors
// beyond the table are not recorded (no level-triggered renewal for them).
bool epoll_reg_get(int fd, epoll_reg* out) noexcept;
void epoll_reg_set(int fd, int epfd, uint32_t events, uint64_t data) noexcept;
void epoll_reg_clear(int fd, int epfd) noexcept;

// Adds (op add) the registration of fd to epfd in the runtime. Returns the
// WASIX result as an errno_t value (0 on success).
int epoll_runtime_add(int epfd, int fd, uint32_t events, uint64_t data) noexcept;
int epoll_runtime_del(int epfd, int fd) noexcept;

}  // namespace wasix_libc
