// epoll_bits.hpp - Linux EPOLL* event bits <-> WASIX epoll_type_t. The two
// numberings differ (abi-facts.md): Linux IN 0x1, PRI 0x2, OUT 0x4, ERR 0x8,
// HUP 0x10, RDHUP 0x2000, ONESHOT 1<<30, ET 1<<31; WASIX in 1<<0, out 1<<1,
// rdhup 1<<2, pri 1<<3, err 1<<4, hup 1<<5, et 1<<6, oneshot 1<<7.
#pragma once

#include <sys/epoll.h>

#include <wasix/wasix.hpp>

namespace wasix_libc {

inline wasix::epoll_type_t epoll_bits_to_wasix(uint32_t linux_bits) noexcept {
    using t = wasix::epoll_type_t;
    t out{};
    if (linux_bits & (EPOLLIN | EPOLLRDNORM)) out = out | t::epollin;
    if (linux_bits & (EPOLLOUT | EPOLLWRNORM)) out = out | t::epollout;
    if (linux_bits & EPOLLRDHUP) out = out | t::epollrdhup;
    if (linux_bits & (EPOLLPRI | EPOLLRDBAND)) out = out | t::epollpri;
    if (linux_bits & EPOLLERR) out = out | t::epollerr;
    if (linux_bits & EPOLLHUP) out = out | t::epollhup;
    if (linux_bits & EPOLLET) out = out | t::epollet;
    if (linux_bits & EPOLLONESHOT) out = out | t::epolloneshot;
    return out;
}

inline uint32_t epoll_bits_from_wasix(wasix::epoll_type_t bits) noexcept {
    using t = wasix::epoll_type_t;
    uint32_t out = 0;
    if (has_any(bits, t::epollin)) out |= EPOLLIN;
    if (has_any(bits, t::epollout)) out |= EPOLLOUT;
    if (has_any(bits, t::epollrdhup)) out |= EPOLLRDHUP;
    if (has_any(bits, t::epollpri)) out |= EPOLLPRI;
    if (has_any(bits, t::epollerr)) out |= EPOLLERR;
    if (has_any(bits, t::epollhup)) out |= EPOLLHUP;
    if (has_any(bits, t::epollet)) out |= EPOLLET;
    if (has_any(bits, t::epolloneshot)) out |= EPOLLONESHOT;
    return out;
}

}  // namespace wasix_libc
