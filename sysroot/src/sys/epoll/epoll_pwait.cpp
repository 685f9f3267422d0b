// epoll_pwait(2) over the WASIX epoll_wait; epoll_wait is epoll_pwait without
// a mask. The mask applies during the wait (__support/sigmask_scope.hpp); a
// pending signal it unblocks interrupts the call only when nothing is ready,
// as on Linux (ready events are returned and the signal stays pending).
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
#include "__support/io_checks.hpp"
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
// is not open any more. A socket the table knows as a stream is received
// from at once; any other descriptor is asked for its type first.
bool probe_stream(int fd, uint32_t wanted, uint32_t* bits, bool* gone) {
    const bool known_stream = (fd_flags(fd) & (fd_socket | fd_stream | fd_listening)) == (fd_socket | fd_stream);
    if (!known_stream) {
        auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (!st && st.error() == wasix::errno_t::badf) {
            *gone = true;
            *bits = 0;
            return true;
        }
        if (peek_size(fd) > 0) {
            *bits = EPOLLIN;
            return true;
        }
        if (!st || st->fs_filetype != wasix::filetype_t::socket_stream) return false;
    } else if (peek_size(fd) > 0) {
        *bits = EPOLLIN;
        return true;
    }
    unsigned char chunk[4096];
    wasix::iovec_t part{chunk, sizeof chunk};
    auto r = wasix::sock_recv(wasix::fd_t{fd}, {&part, 1}, wasix::riflags_t::recv_dont_wait);
    if (!r) {
        switch (r.error()) {
        case wasix::errno_t::again: *bits = 0; return true;
        case wasix::errno_t::badf: *gone = true; *bits = 0; return true;
        case wasix::errno_t::notconn: return false;  // not connected yet: poll tells
        default: *bits = EPOLLIN | EPOLLERR; return true;  // for the caller's recv to see
        }
    }
    if (r->ro_datalen == 0) {
        *bits = EPOLLIN | (wanted & EPOLLRDHUP);  // end of stream
        return true;
    }
    *bits = EPOLLIN;
    if (!peek_append(fd, chunk, r->ro_datalen)) *bits |= EPOLLERR;  // out of memory: the bytes are lost
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

// What one epoll_pwait call collects: the caller's array, filled up to n,
// the descriptor of each entry (fds), and a buffer for the runtime's reports.
struct collector {
    int epfd;
    struct epoll_event* events;
    int max;
    int n;
    int* fds;
    wasix::epoll_event_t* buf;
};

// 1. Level-triggered descriptors reported before, and descriptors just
// added: ready now? pending is a copy of the marked descriptors.
void report_rechecks(collector& c, const int* pending, int npending) {
    for (int i = 0; i < npending; ++i) {
        const int fd = pending[i];
        epoll_reg reg;
        if (!epoll_reg_get(fd, c.epfd, &reg) || (reg.events & EPOLLONESHOT)) continue;
        const uint32_t bits = probe(fd, reg);
        // Edge-triggered ones are marked only when added: checked once.
        // Shared ones stay marked (epoll_reg_mark_others).
        if ((bits == 0 && !reg.shared) || !level_triggered(reg)) epoll_reg_set_recheck(fd, c.epfd, false);
        if (!level_triggered(reg) && bits != 0) epoll_reg_set_edge_armed(fd, c.epfd, false);
        if (bits != 0) put(c.events, &c.n, c.max, c.fds, fd, bits, reg.data);
    }
}

// One report of the runtime, given the meaning of its registration.
void take_report(collector& c, const wasix::epoll_event_t& ev) {
    const int fd = static_cast<int>(ev.data.fd);
    uint32_t bits = epoll_bits_from_wasix(ev.events) & ~(EPOLLET | EPOLLONESHOT);
    // A peer's close is the end of stream: readable, not hung up (QUIRKS.md,
    // "hang-up of a socket").
    if ((bits & EPOLLHUP) && hangup_is_peer_close(fd)) bits = (bits & ~EPOLLHUP) | EPOLLIN;
    epoll_reg reg;
    if (!epoll_reg_get(fd, c.epfd, &reg)) {
        // Every registration is recorded (epoll_ctl fails otherwise): this
        // one's descriptor was closed, which Linux drops from every set. The
        // runtime keeps it: it is deleted there too.
        (void)epoll_runtime_del(c.epfd, fd);
        return;
    }
    if (reg.events == EPOLLONESHOT) return;  // disarmed
    bits &= reg.events | EPOLLERR | EPOLLHUP;
    if (reg.edge_armed && bits != 0) epoll_reg_set_edge_armed(fd, c.epfd, false);
    if (reg.events & EPOLLONESHOT) {
        // Disarmed until EPOLL_CTL_MOD: no interest left in the runtime.
        (void)epoll_runtime_del(c.epfd, fd);
        (void)epoll_runtime_add(c.epfd, fd, 0, reg.data);
        epoll_reg_set(fd, c.epfd, EPOLLONESHOT, reg.data);
    } else if (level_triggered(reg)) {
        if (fd_has(fd, fd_listening)) {
            // Renew, so pending connections are reported again.
            (void)epoll_runtime_del(c.epfd, fd);
            (void)epoll_runtime_add(c.epfd, fd, reg.events, reg.data);
        } else {
            bits = probe(fd, reg) | (bits & (EPOLLERR | EPOLLHUP));
            epoll_reg_set_recheck(fd, c.epfd, bits != 0 || reg.shared);
        }
    }
    if (bits != 0) put(c.events, &c.n, c.max, c.fds, fd, bits, reg.data);
}

// The runtime now and then never reports data that reaches a stream socket
// (QUIRKS.md, "lost epoll reports"), so a long wait is made in slices, and
// after a slice without a report the stream sockets registered for input
// are checked: level-triggered ones, and edge-triggered ones that are armed
// (edge_armed: not reported since they were set, or found empty since their
// last report, so data found there now is an edge). The first slice is
// short, for a lost report to cost little; later ones grow, for an idle wait
// to cost little.
constexpr uint64_t kFirstSliceNs = 10000000ull;  // 10 ms
constexpr uint64_t kLastSliceNs = 200000000ull;  // 200 ms

void sweep(collector& c) {
    int fds[64];
    int after = -1;
    for (;;) {
        const int n = epoll_reg_streams(c.epfd, after, fds, 64);
        for (int i = 0; i < n; ++i) {
            if (c.n >= c.max) return;  // the rest wait for the next call
            epoll_reg reg;
            if (!epoll_reg_get(fds[i], c.epfd, &reg) || (reg.events & EPOLLONESHOT)) continue;
            if (!level_triggered(reg) && !reg.edge_armed) continue;
            const uint32_t bits = probe(fds[i], reg) & ~static_cast<uint32_t>(EPOLLOUT | EPOLLWRNORM);
            if (bits == 0) continue;
            if (level_triggered(reg))
                epoll_reg_set_recheck(fds[i], c.epfd, true);
            else
                epoll_reg_set_edge_armed(fds[i], c.epfd, false);
            put(c.events, &c.n, c.max, c.fds, fds[i], bits | (reg.events & (EPOLLOUT | EPOLLWRNORM)), reg.data);
        }
        if (n < 64) return;
        after = fds[n - 1];
    }
}

// 2. New reports from the runtime; no waiting if something is already
// collected. Returns the number of events, or -1 with errno.
int wait_reports(collector& c, int timeout_ms) {
    const bool forever = timeout_ms < 0 && c.n == 0;
    const uint64_t deadline = c.n > 0 || timeout_ms <= 0 ? 0 : now_ns() + static_cast<uint64_t>(timeout_ms) * 1000000ull;
    uint64_t slice = kFirstSliceNs;
    for (;;) {
        uint64_t wait_ns;
        if (forever) {
            wait_ns = ~static_cast<uint64_t>(0);
        } else if (c.n > 0) {
            // Only what the runtime has at hand is wanted. A zero timeout
            // returns at once (a 1 µs one costs a timer of the host, ~3 ms)
            // but may leave reports for the next call (QUIRKS.md, "zero
            // timeouts"): they stay queued in the runtime, nothing is lost.
            wait_ns = 0;
        } else {
            const uint64_t now = now_ns();
            wait_ns = now >= deadline ? 0 : deadline - now;
            if (wait_ns < 1000) wait_ns = 1000;  // QUIRKS.md, "zero timeouts"
        }
        // Ask only for what still fits: a report the runtime hands over is not
        // repeated (edge-triggered ones would be lost).
        if (c.n >= c.max) return c.n;
        const bool sliced = c.n == 0 && wait_ns > slice;
        if (sliced) wait_ns = slice;
        auto r = wasix::epoll_wait(wasix::fd_t{c.epfd}, c.buf, static_cast<wasix::size_t>(c.max - c.n), wait_ns);
        if (!r) return c.n > 0 ? c.n : fail(r.error());
        const int got = static_cast<int>(*r);
        for (int i = 0; i < got; ++i) take_report(c, c.buf[i]);
        if (c.n > 0) return c.n;
        if (got == 0 && wait_ns >= kFirstSliceNs) {
            sweep(c);
            if (c.n > 0) return c.n;
        }
        if (got == 0 && !sliced) return c.n;  // the caller's timeout
        if (sliced) slice = slice * 2 < kLastSliceNs ? slice * 2 : kLastSliceNs;
        if (!forever && now_ns() >= deadline) return c.n;
    }
}

// Rechecks, then new reports: the events of one call, or -1 with errno.
int collect(collector& c, int* pending, int timeout_ms) {
    report_rechecks(c, pending, epoll_reg_rechecks(c.epfd, pending, c.max));
    return wait_reports(c, timeout_ms);
}

// The events of one call with the caller's signal mask. A signal the mask
// unblocks interrupts the call only when nothing is ready (sigmask_scope.hpp).
int collect_masked(collector& c, int* pending, int timeout_ms, const sigset_t* sigmask) {
    if (sigmask_scope::unblocks_pending(sigmask)) {
        const int ready = collect(c, pending, 0);
        if (ready != 0) return ready;
    }
    sigmask_scope mask(sigmask);
    if (mask.interrupted()) return fail_posix(EINTR);
    return collect(c, pending, timeout_ms);
}

}  // namespace

extern "C" int epoll_pwait(int epfd, struct epoll_event* events, int maxevents, int timeout_ms,
                           const sigset_t* sigmask) {
    if (maxevents <= 0 || maxevents > 65536) return fail_posix(EINVAL);
    if (!range_in_memory(events, static_cast<size_t>(maxevents) * sizeof *events)) return fail_posix(EFAULT);
    constexpr int kStack = 32;
    wasix::epoll_event_t stack_buf[kStack];
    int stack_fds[kStack];
    int stack_pending[kStack];
    collector c{epfd, events, maxevents, 0, stack_fds, stack_buf};
    int* pending = stack_pending;
    if (maxevents > kStack) {
        c.buf = static_cast<wasix::epoll_event_t*>(malloc(static_cast<size_t>(maxevents) * sizeof *c.buf));
        c.fds = static_cast<int*>(malloc(static_cast<size_t>(maxevents) * sizeof *c.fds));
        pending = static_cast<int*>(malloc(static_cast<size_t>(maxevents) * sizeof *pending));
    }
    int result;
    if (!c.buf || !c.fds || !pending) {
        result = fail_posix(ENOMEM);
    } else {
        ensure_timers();
        result = collect_masked(c, pending, timeout_ms, sigmask);
        // Descriptors reported now are re-checked next time.
        for (int i = 0; i < result; ++i) {
            epoll_reg reg;
            if (epoll_reg_get(c.fds[i], epfd, &reg) && level_triggered(reg) && !fd_has(c.fds[i], fd_listening))
                epoll_reg_set_recheck(c.fds[i], epfd, true);
        }
    }
    if (maxevents > kStack) {
        free(c.buf);
        free(c.fds);
        free(pending);
    }
    return result;
}
