// epoll_pwait(2) over the WASIX epoll_wait; epoll_wait is epoll_pwait without
// a mask. The mask applies during the wait (internal/sigmask_scope.hpp).
//
// The runtime reports readiness edges only (fd_table.hpp). Level-triggered
// registrations get their meaning here: every level-triggered report is
// checked (probe) before it is passed on, the descriptor is then marked, and
// the next call first re-checks the marked descriptors and reports those
// still ready without waiting. A descriptor found not ready is unmarked; the
// check itself (a receive that fails with EAGAIN) re-arms the runtime's edge.
// Listening sockets cannot be checked without accepting: their registration
// is renewed (delete + add) after a report instead, and the runtime reports
// them again while connections are pending. EPOLLONESHOT registrations are
// disarmed after one report until EPOLL_CTL_MOD.
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "__support/epoll_bits.hpp"
#include "__support/epoll_runtime.hpp"
#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/poll_impl.hpp"
#include "__support/sigmask_scope.hpp"
#include "__support/timer_warmup.hpp"

using namespace wasix_libc;

namespace {

uint64_t now_ns() {
    auto t = wasix::clock_time_get(wasix::clockid_t::monotonic, 1);
    return t ? *t : 0;
}

bool level_triggered(const epoll_reg& reg) { return !(reg.events & (EPOLLET | EPOLLONESHOT)); }

// The readable bits of a stream socket, found by receiving (without waiting)
// into the peek buffer, from which the caller's next recv/read is served.
// Returns false if the socket cannot be checked that way; sets *gone if fd
// is not open any more.
bool probe_stream(int fd, uint32_t wanted, uint32_t* bits, bool* gone) {
    auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st && st.error() == wasix::errno_t::badf) {
        fd_closed(fd);
        *gone = true;
        *bits = 0;
        return true;
    }
    if (peek_size(fd) > 0) {
        *bits = EPOLLIN;
        return true;
    }
    if (!st || st->fs_filetype != wasix::filetype_t::socket_stream) return false;
    const bool blocking = !has_any(st->fs_flags, wasix::fdflags_t::nonblock);
    if (blocking && !wasix::fd_fdstat_set_flags(wasix::fd_t{fd}, st->fs_flags | wasix::fdflags_t::nonblock))
        return false;
    unsigned char chunk[4096];
    wasix::iovec_t part{chunk, sizeof chunk};
    auto r = wasix::sock_recv(wasix::fd_t{fd}, {&part, 1}, wasix::riflags_t{});
    if (blocking) (void)wasix::fd_fdstat_set_flags(wasix::fd_t{fd}, st->fs_flags);
    if (!r) {
        // EAGAIN: not readable; another failure is for the caller's recv to see.
        *bits = r.error() == wasix::errno_t::again ? 0 : (EPOLLIN | EPOLLERR);
        return true;
    }
    if (r->_0 == 0) {
        *bits = EPOLLIN | (wanted & EPOLLRDHUP);  // end of stream
        return true;
    }
    *bits = EPOLLIN;
    if (!peek_append(fd, chunk, r->_0)) *bits |= EPOLLERR;  // out of memory: the bytes are lost
    return true;
}

// The bits of reg that fd has now. Writability is not checked (it is
// assumed to last); readability of anything but a stream socket is checked
// with a short poll. A descriptor that was closed (Linux drops it from every
// epoll set) has its registration forgotten and reports nothing.
uint32_t probe(int fd, const epoll_reg& reg) {
    uint32_t bits = reg.events & (EPOLLOUT | EPOLLWRNORM);
    if (!(reg.events & (EPOLLIN | EPOLLRDNORM))) {
        if (!wasix::fd_fdstat_get(wasix::fd_t{fd})) {
            fd_closed(fd);
            return 0;
        }
        return bits;
    }
    uint32_t in = 0;
    bool gone = false;
    if (probe_stream(fd, reg.events, &in, &gone)) {
        if (gone) {
            fd_closed(fd);
            return 0;
        }
    } else {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll_ns(&p, 1, 1000000) > 0) {
            if (p.revents & POLLNVAL) {
                fd_closed(fd);
                return 0;
            }
            if (p.revents & POLLIN) in |= EPOLLIN;
            if (p.revents & POLLHUP) in |= EPOLLHUP | (reg.events & EPOLLRDHUP);
            if (p.revents & POLLERR) in |= EPOLLERR;
        }
    }
    return bits | in;
}

// Adds or merges (fd, bits, data) into out[0..*n).
void put(struct epoll_event* out, int* n, int max, int* fds, int fd, uint32_t bits, uint64_t data) {
    for (int i = 0; i < *n; ++i) {
        if (fds[i] == fd) {
            out[i].events |= bits;
            return;
        }
    }
    if (*n >= max) return;
    out[*n].events = bits;
    memcpy(&out[*n].data, &data, sizeof data);
    fds[*n] = fd;
    ++*n;
}

}  // namespace

extern "C" int epoll_pwait(int epfd, struct epoll_event* events, int maxevents, int timeout_ms,
                           const sigset_t* sigmask) {
    if (maxevents <= 0 || maxevents > 65536) return fail_posix(EINVAL);
    if (events == nullptr) return fail_posix(EFAULT);
    sigmask_scope mask(sigmask);
    if (mask.interrupted()) return fail_posix(EINTR);
    constexpr int kStack = 32;
    wasix::epoll_event_t stack_buf[kStack];
    int stack_fds[kStack];
    wasix::epoll_event_t* buf = stack_buf;
    int* fds = stack_fds;  // descriptor of each entry of events
    if (maxevents > kStack) {
        buf = static_cast<wasix::epoll_event_t*>(malloc(static_cast<size_t>(maxevents) * sizeof *buf));
        fds = static_cast<int*>(malloc(static_cast<size_t>(maxevents) * sizeof *fds));
        if (!buf || !fds) {
            free(buf);
            free(fds);
            return fail_posix(ENOMEM);
        }
    }
    ensure_timers();

    // 1. Level-triggered descriptors reported before: still ready?
    int n = 0;
    const int npending = epoll_reg_rechecks(epfd, fds, maxevents);
    int stack_pending[kStack];
    int* pending = npending <= kStack ? stack_pending : static_cast<int*>(malloc(static_cast<size_t>(npending) * sizeof(int)));
    if (!pending) {
        if (buf != stack_buf) {
            free(buf);
            free(fds);
        }
        return fail_posix(ENOMEM);
    }
    memcpy(pending, fds, static_cast<size_t>(npending) * sizeof *pending);
    for (int i = 0; i < npending; ++i) {
        const int fd = pending[i];
        epoll_reg reg;
        if (!epoll_reg_get(fd, epfd, &reg) || !level_triggered(reg)) continue;
        const uint32_t bits = probe(fd, reg);
        if (bits == 0) {
            epoll_reg_set_recheck(fd, epfd, false);
            continue;
        }
        put(events, &n, maxevents, fds, fd, bits, reg.data);
    }

    // 2. New reports from the runtime; do not wait if there is something to report.
    const bool forever = timeout_ms < 0 && n == 0;
    const uint64_t deadline = n > 0 || timeout_ms <= 0 ? 0 : now_ns() + static_cast<uint64_t>(timeout_ms) * 1000000ull;
    int result = 0;
    for (;;) {
        uint64_t wait_ns;
        if (forever) {
            wait_ns = ~static_cast<uint64_t>(0);
        } else {
            const uint64_t now = now_ns();
            wait_ns = now >= deadline ? 0 : deadline - now;
            if (wait_ns < 1000) wait_ns = 1000;  // a zero timeout may block in the runtime: 1 us
        }
        // Ask only for what still fits: a report the runtime hands over is not
        // repeated (edge-triggered ones would be lost).
        if (n >= maxevents) {
            result = n;
            break;
        }
        auto r = wasix::epoll_wait(wasix::fd_t{epfd}, buf, static_cast<wasix::size_t>(maxevents - n), wait_ns);
        if (!r) {
            result = n > 0 ? n : fail(r.error());
            break;
        }
        const int got = static_cast<int>(*r);
        for (int i = 0; i < got; ++i) {
            const int fd = static_cast<int>(buf[i].data.fd);
            const uint64_t data = buf[i].data.data2;
            uint32_t bits = epoll_bits_from_wasix(buf[i].events) & ~(EPOLLET | EPOLLONESHOT);
            epoll_reg reg;
            if (!epoll_reg_get(fd, epfd, &reg)) {
                put(events, &n, maxevents, fds, fd, bits, data);  // not recorded (out of memory at epoll_ctl)
                continue;
            }
            if (reg.events == EPOLLONESHOT) continue;  // disarmed
            bits &= reg.events | EPOLLERR | EPOLLHUP;
            if (reg.events & EPOLLONESHOT) {
                // Disarmed until EPOLL_CTL_MOD: no interest left in the runtime.
                (void)epoll_runtime_del(epfd, fd);
                (void)epoll_runtime_add(epfd, fd, 0, reg.data);
                epoll_reg_set(fd, epfd, EPOLLONESHOT, reg.data);
            } else if (level_triggered(reg)) {
                if (fd_has(fd, fd_listening)) {
                    // Renew, so pending connections are reported again.
                    (void)epoll_runtime_del(epfd, fd);
                    (void)epoll_runtime_add(epfd, fd, reg.events, reg.data);
                } else {
                    bits = probe(fd, reg) | (bits & (EPOLLERR | EPOLLHUP));
                    epoll_reg_set_recheck(fd, epfd, bits != 0);
                }
            }
            if (bits == 0) continue;  // readiness already gone
            put(events, &n, maxevents, fds, fd, bits, reg.data);
        }
        result = n;
        if (n > 0 || got == 0) break;
        if (!forever && now_ns() >= deadline) break;
    }
    // Descriptors reported now are re-checked next time.
    for (int i = 0; i < result; ++i) {
        epoll_reg reg;
        if (epoll_reg_get(fds[i], epfd, &reg) && level_triggered(reg) && !fd_has(fds[i], fd_listening))
            epoll_reg_set_recheck(fds[i], epfd, true);
    }
    if (pending != stack_pending) free(pending);
    if (buf != stack_buf) {
        free(buf);
        free(fds);
    }
    return result;
}
