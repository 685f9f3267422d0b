// epoll_runtime.hpp - registration changes in the runtime's epoll instance,
// with the event bits translated (epoll_bits.hpp). What the layer remembers
// about each registration is in fd_table.hpp.
#pragma once

#include <stdint.h>

namespace wasix_libc {

// Add (or delete) the registration of fd with epfd in the runtime. Return the
// WASIX errno as an int (0 on success).
int epoll_runtime_add(int epfd, int fd, uint32_t events, uint64_t data) noexcept;
int epoll_runtime_del(int epfd, int fd) noexcept;

}  // namespace wasix_libc
