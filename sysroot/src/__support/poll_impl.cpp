// poll over poll_oneoff. Each pollfd becomes an fd_read subscription (for
// POLLIN/POLLRDNORM) and/or an fd_write one (POLLOUT/POLLWRNORM), plus one
// clock subscription for the timeout. Results map back as: readable ->
// POLLIN, writable -> POLLOUT, the hang-up flag -> POLLHUP, an event error
// -> POLLERR (POLLNVAL for a descriptor that is not open).
//
// A pollfd that asks for neither direction still gets POLLHUP and POLLERR on
// Linux. The runtime reports those only with a readiness event, so such a
// pollfd gets a "watch" subscription (fd_write for the write end of a pipe,
// where the hang-up means POLLERR, else fd_read) whose readiness is not
// reported. A watch that fires with neither flag is dropped and the wait goes
// on without it (a hang-up that comes later in that wait is then missed).
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/io_checks.hpp"
#include "__support/poll_impl.hpp"
#include "__support/timer_warmup.hpp"

namespace wasix_libc {
namespace {

constexpr short kReadBits = POLLIN | POLLRDNORM;
constexpr short kWriteBits = POLLOUT | POLLWRNORM;
constexpr int kStackSubs = 33;

// userdata of a subscription: index of the pollfd * 2 + (0 read, 1 write).
constexpr uint64_t kClockTag = ~0ull;

// Marks, in revents during one poll_ns call, a pollfd whose watch fired
// without a hang-up or error: it is not subscribed again. Not a POLL* bit.
constexpr short kMuted = 0x4000;

bool fd_is_open(int fd) noexcept { return static_cast<bool>(wasix::fd_fdstat_get(wasix::fd_t{fd})); }

long long monotonic_ns() noexcept {
    const auto t = wasix::clock_time_get(wasix::clockid_t::monotonic, 1);
    return t ? static_cast<long long>(*t) : 0;
}

}  // namespace

namespace {

// One round: subscribe to every pollfd not already marked POLLNVAL, plus the
// timeout; store what the runtime reports in revents. Returns 0, or the
// WASIX errno of a refused call (the runtime refuses the whole call with
// badf when one descriptor is not open).
wasix::errno_t poll_round(struct pollfd* fds, nfds_t nfds, long long timeout_ns, wasix::subscription_t* subs,
                          wasix::event_t* events) noexcept {
    size_t n = 0;
    for (nfds_t i = 0; i < nfds; ++i) {
        if (fds[i].fd < 0 || fds[i].revents == POLLNVAL || (fds[i].revents & kMuted)) continue;
        if (!(fds[i].events & (kReadBits | kWriteBits))) {
            const bool write_end = (fd_flags(fds[i].fd) & (fd_pipe | fd_pipe_wr)) == (fd_pipe | fd_pipe_wr);
            memset(&subs[n], 0, sizeof subs[n]);
            subs[n].userdata = static_cast<uint64_t>(i) * 2 + (write_end ? 1 : 0);
            if (write_end) {
                subs[n].u.tag = wasix::eventtype_t::fd_write;
                subs[n].u.u.fd_write.file_descriptor = wasix::fd_t{fds[i].fd};
            } else {
                subs[n].u.tag = wasix::eventtype_t::fd_read;
                subs[n].u.u.fd_read.file_descriptor = wasix::fd_t{fds[i].fd};
            }
            ++n;
            continue;
        }
        if (fds[i].events & kReadBits) {
            memset(&subs[n], 0, sizeof subs[n]);
            subs[n].userdata = static_cast<uint64_t>(i) * 2;
            subs[n].u.tag = wasix::eventtype_t::fd_read;
            subs[n].u.u.fd_read.file_descriptor = wasix::fd_t{fds[i].fd};
            ++n;
        }
        if (fds[i].events & kWriteBits) {
            memset(&subs[n], 0, sizeof subs[n]);
            subs[n].userdata = static_cast<uint64_t>(i) * 2 + 1;
            subs[n].u.tag = wasix::eventtype_t::fd_write;
            subs[n].u.u.fd_write.file_descriptor = wasix::fd_t{fds[i].fd};
            ++n;
        }
    }
    if (timeout_ns >= 0) {
        memset(&subs[n], 0, sizeof subs[n]);
        subs[n].userdata = kClockTag;
        subs[n].u.tag = wasix::eventtype_t::clock;
        subs[n].u.u.clock.id = wasix::clockid_t::monotonic;
        // The runtime ignores a zero-length clock next to socket
        // subscriptions (the call then blocks): wait at least 1 us.
        subs[n].u.u.clock.timeout = static_cast<wasix::timestamp_t>(timeout_ns > 1000 ? timeout_ns : 1000);
        ++n;
    }
    if (n == 0) return wasix::errno_t::success;  // nothing to wait for (Linux would block for ever)
    auto r = wasix::poll_oneoff(subs, events, n);
    if (!r) return r.error();
    for (size_t k = 0; k < *r; ++k) {
        const wasix::event_t& ev = events[k];
        if (ev.userdata == kClockTag) continue;
        struct pollfd& p = fds[ev.userdata / 2];
        const bool write = (ev.userdata & 1) != 0;
        short bits = 0;
        if (ev.error == wasix::errno_t::badf) {
            bits = POLLNVAL;
        } else if (ev.error != wasix::errno_t::success) {
            bits = POLLERR;
        } else {
            bits = static_cast<short>(p.events & (write ? kWriteBits : kReadBits));
            if (has_any(ev.fd_readwrite.flags, wasix::eventrwflags_t::fd_readwrite_hangup)) {
                // Pipes as on Linux: a drained read end whose writers are
                // gone is POLLHUP alone; a write end without readers is
                // POLLERR (QUIRKS.md, "poll on pipes"). A socket whose peer
                // closed is readable (end of stream), not hung up
                // (QUIRKS.md, "hang-up of a socket").
                const uint32_t f = fd_flags(p.fd);
                if (!(f & fd_pipe)) {
                    if (!hangup_is_peer_close(p.fd)) bits |= POLLHUP;
                } else if (f & fd_pipe_wr) {
                    bits |= POLLERR;
                } else if (ev.fd_readwrite.nbytes == 0) {
                    bits = POLLHUP;
                } else {
                    bits |= POLLHUP;
                }
            }
        }
        // A watch (nothing asked) that saw neither hang-up nor error.
        if (bits == 0 && !(p.events & (kReadBits | kWriteBits))) bits = kMuted;
        p.revents = static_cast<short>(p.revents | bits);
    }
    return wasix::errno_t::success;
}

}  // namespace

int poll_ns(struct pollfd* fds, nfds_t nfds, long long timeout_ns) noexcept {
    if (nfds > 65536) return fail_posix(EINVAL);
    if (!range_in_memory(fds, static_cast<size_t>(nfds) * sizeof *fds)) return fail_posix(EFAULT);

    wasix::subscription_t stack_subs[kStackSubs];
    wasix::event_t stack_events[kStackSubs];
    wasix::subscription_t* subs = stack_subs;
    wasix::event_t* events = stack_events;
    const size_t max_subs = 2 * static_cast<size_t>(nfds) + 1;
    if (max_subs > kStackSubs) {
        subs = static_cast<wasix::subscription_t*>(malloc(max_subs * sizeof *subs));
        events = static_cast<wasix::event_t*>(malloc(max_subs * sizeof *events));
        if (!subs || !events) {
            free(subs);
            free(events);
            return fail_posix(ENOMEM);
        }
    }

    // A descriptor that asks for nothing is only checked for being open.
    bool any_invalid = false;
    for (nfds_t i = 0; i < nfds; ++i) {
        fds[i].revents = 0;
        if (fds[i].fd >= 0 && !(fds[i].events & (kReadBits | kWriteBits)) && !fd_is_open(fds[i].fd)) {
            fds[i].revents = POLLNVAL;
            any_invalid = true;
        }
    }
    ensure_timers();
    const long long deadline = any_invalid || timeout_ns <= 0 ? 0 : monotonic_ns() + timeout_ns;
    wasix::errno_t err;
    for (;;) {
        err = poll_round(fds, nfds, any_invalid ? 0 : timeout_ns, subs, events);
        if (err == wasix::errno_t::badf) {
            // Mark the descriptors that are not open, then ask again about the
            // others without waiting, so their readiness is still reported.
            for (nfds_t i = 0; i < nfds; ++i) {
                fds[i].revents = 0;
                if (fds[i].fd >= 0 && !fd_is_open(fds[i].fd)) fds[i].revents = POLLNVAL;
            }
            err = poll_round(fds, nfds, 0, subs, events);
        }
        if (err != wasix::errno_t::success) break;
        // Only muted watches fired: wait on for what is left of the timeout.
        bool muted = false, reported = false, left = false;
        for (nfds_t i = 0; i < nfds; ++i) {
            if (fds[i].revents & kMuted) muted = true;
            if (fds[i].revents & ~kMuted) reported = true;
            if (fds[i].fd >= 0 && !fds[i].revents) left = true;
        }
        if (reported || !muted || timeout_ns == 0 || any_invalid) break;
        if (timeout_ns < 0 && !left) break;  // as poll_round with nothing to wait for
        if (timeout_ns > 0) {
            timeout_ns = deadline - monotonic_ns();
            if (timeout_ns <= 0) break;
        }
    }
    int result;
    if (err != wasix::errno_t::success) {
        result = fail(err);
    } else {
        result = 0;
        for (nfds_t i = 0; i < nfds; ++i) {
            fds[i].revents = static_cast<short>(fds[i].revents & ~kMuted);
            if (fds[i].revents) ++result;
        }
    }
    if (subs != stack_subs) {
        free(subs);
        free(events);
    }
    return result;
}

}  // namespace wasix_libc
