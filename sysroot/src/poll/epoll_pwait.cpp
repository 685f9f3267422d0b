// epoll_pwait(2) over the WASIX epoll_wait; epoll_wait is epoll_pwait without
// a mask. WASIX delivers no asynchronous signals to a blocked call, so the
// mask has nothing to protect and is not applied.
//
// The runtime reports a ready descriptor once (epoll_reg.hpp), so after
// reporting a level-triggered registration the library renews it, and a
// report for a renewed registration is checked with a zero-timeout poll
// before it is passed on (a renewal may produce a report for readiness that
// is already gone). EPOLLONESHOT registrations are disarmed after their
// report until EPOLL_CTL_MOD.
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "../internal/epoll_bits.hpp"
#include "../internal/epoll_reg.hpp"
#include "../internal/errno_map.hpp"
#include "../internal/poll_impl.hpp"
#include "../internal/timer_warmup.hpp"

using namespace wasix_libc;

namespace {

uint64_t now_ns() {
    auto t = wasix::clock_time_get(wasix::clockid_t::monotonic, 1);
    return t ? *t : 0;
}

// The Linux bits of reg that fd really has now (EPOLLERR/EPOLLHUP included).
uint32_t ready_now(int fd, uint32_t wanted) {
    struct pollfd p = {fd, 0, 0};
    if (wanted & (EPOLLIN | EPOLLRDNORM)) p.events |= POLLIN;
    if (wanted & (EPOLLOUT | EPOLLWRNORM)) p.events |= POLLOUT;
    if (poll_ns(&p, 1, 0) <= 0) return 0;
    uint32_t out = 0;
    if (p.revents & POLLIN) out |= EPOLLIN;
    if (p.revents & POLLOUT) out |= EPOLLOUT;
    if (p.revents & POLLHUP) out |= EPOLLHUP | (wanted & EPOLLRDHUP);
    if (p.revents & POLLERR) out |= EPOLLERR;
    return out;
}

}  // namespace

extern "C" int epoll_pwait(int epfd, struct epoll_event* events, int maxevents, int timeout_ms,
                           const sigset_t* sigmask) {
    (void)sigmask;
    if (maxevents <= 0 || maxevents > 65536) return fail_posix(EINVAL);
    if (events == nullptr) return fail_posix(EFAULT);
    constexpr int kStack = 32;
    wasix::epoll_event_t stack_buf[kStack];
    wasix::epoll_event_t* buf = stack_buf;
    if (maxevents > kStack) {
        buf = static_cast<wasix::epoll_event_t*>(malloc(static_cast<size_t>(maxevents) * sizeof *buf));
        if (!buf) return fail_posix(ENOMEM);
    }
    ensure_timers();
    const bool forever = timeout_ms < 0;
    const uint64_t deadline = forever ? 0 : now_ns() + static_cast<uint64_t>(timeout_ms) * 1000000ull;
    int n = 0;
    for (;;) {
        uint64_t wait_ns;
        if (forever) {
            wait_ns = ~static_cast<uint64_t>(0);
        } else {
            const uint64_t now = now_ns();
            wait_ns = now >= deadline ? 0 : deadline - now;
            if (wait_ns < 1000) wait_ns = 1000;  // a zero timeout may block in the runtime: 1 us
        }
        auto r = wasix::epoll_wait(wasix::fd_t{epfd}, buf, static_cast<wasix::size_t>(maxevents), wait_ns);
        if (!r) {
            n = fail(r.error());
            break;
        }
        const int got = static_cast<int>(*r);
        for (int i = 0; i < got; ++i) {
            const int fd = static_cast<int>(buf[i].data.fd);
            epoll_reg reg;
            const bool known = epoll_reg_get(fd, &reg) && reg.epfd == epfd;
            if (known && reg.events == EPOLLONESHOT) continue;  // disarmed
            uint32_t bits = epoll_bits_from_wasix(buf[i].events) & ~(EPOLLET | EPOLLONESHOT);
            const bool level = known && !(reg.events & (EPOLLET | EPOLLONESHOT));
            if (known) bits &= reg.events | EPOLLERR | EPOLLHUP;
            if (level) {
                bits = ready_now(fd, reg.events);
                // Renew so a descriptor that stays ready is reported again.
                (void)epoll_runtime_del(epfd, fd);
                (void)epoll_runtime_add(epfd, fd, reg.events, reg.data);
            } else if (known && (reg.events & EPOLLONESHOT)) {
                // Disarmed until EPOLL_CTL_MOD: no interest left in the runtime.
                (void)epoll_runtime_del(epfd, fd);
                (void)epoll_runtime_add(epfd, fd, 0, reg.data);
                epoll_reg_set(fd, epfd, EPOLLONESHOT, reg.data);
            }
            if (bits == 0) continue;  // readiness already gone
            events[n].events = bits;
            const uint64_t data = buf[i].data.data2;
            memcpy(&events[n].data, &data, sizeof data);
            ++n;
        }
        if (n > 0 || got == 0) break;
        if (!forever && now_ns() >= deadline) break;
    }
    if (buf != stack_buf) free(buf);
    return n;
}
