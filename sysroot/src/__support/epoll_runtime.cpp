// epoll_runtime.cpp - see epoll_runtime.hpp.
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/epoll_bits.hpp"
#include "__support/epoll_runtime.hpp"

namespace wasix_libc {

int epoll_runtime_add(int epfd, int fd, uint32_t events, uint64_t data) noexcept {
    wasix::epoll_event_t wev;
    memset(&wev, 0, sizeof wev);
    wev.events = epoll_bits_to_wasix(events);
    // The caller's 64-bit epoll_data travels in data2 (its low half also in ptr).
    wev.data.ptr = static_cast<wasix::pointersize_t>(data);
    wev.data.fd = wasix::fd_t{fd};
    wev.data.data1 = static_cast<uint32_t>(data >> 32);
    wev.data.data2 = data;
    auto r = wasix::epoll_ctl(wasix::fd_t{epfd}, wasix::epoll_ctl_t::add, wasix::fd_t{fd}, &wev);
    return static_cast<int>(r.error());
}

int epoll_runtime_del(int epfd, int fd) noexcept {
    auto r = wasix::epoll_ctl(wasix::fd_t{epfd}, wasix::epoll_ctl_t::del, wasix::fd_t{fd}, nullptr);
    return static_cast<int>(r.error());
}

}  // namespace wasix_libc
