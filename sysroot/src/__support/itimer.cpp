// itimer.cpp - see itimer.hpp.
//
// How the bundled runtime (Wasmer in @wasmer/sdk 0.16.0) behaves, observed:
// - proc_raise_interval takes the interval in MILLISECONDS, not in
//   nanoseconds as the WASIX type (timestamp) says; 0 disarms;
// - it always repeats, whatever the repeat flag says.
// So the interval is passed in ms (rounded up), and a one-shot timer is
// disarmed by the libc when it expires (__wasix_itimer_expired, called when
// SIGALRM is dispatched). A repeating timer whose it_interval differs from
// its it_value repeats every it_value (WASIX cannot express the difference).
#include <errno.h>
#include <signal.h>
#include <time.h>

#include <wasix/wasix.hpp>

#include "__support/itimer.hpp"
#include "__support/signal_impl.hpp"
#include "__support/errno_map.hpp"

namespace {

long long deadline_ns;  // monotonic time of the next expiry, 0 if disarmed
long long period_ns;

long long now_ns() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

}  // namespace

extern "C" int __wasix_itimer_set(long long value_ns, long long interval_ns, long long* old_value_ns,
                                  long long* old_interval_ns) {
    const long long now = now_ns();
    if (old_value_ns || old_interval_ns) {
        long long left = 0;
        if (deadline_ns) {
            left = deadline_ns - now;
            if (period_ns > 0)
                while (left <= 0) left += period_ns;
            else if (left < 0)
                left = 0;
        }
        if (old_value_ns) *old_value_ns = left;
        if (old_interval_ns) *old_interval_ns = period_ns;
    }
    if (value_ns < 0 || interval_ns < 0) return EINVAL;
    // SIGALRM must reach the libc's dispatcher (default action: terminate).
    __wasix_signal_register();
    const bool repeat = interval_ns > 0 && value_ns > 0;
    const long long ms = (value_ns + 999999) / 1000000;
    const auto r = wasix::proc_raise_interval(wasix::signal_t::alrm, static_cast<wasix::timestamp_t>(ms),
                                              repeat ? wasix::bool_t::_true : wasix::bool_t::_false);
    if (!r) return wasix_libc::posix_errno(r.error());
    deadline_ns = value_ns > 0 ? now + value_ns : 0;
    period_ns = repeat ? value_ns : 0;
    return 0;
}

extern "C" void __wasix_itimer_expired(void) {
    if (!deadline_ns) return;
    const long long now = now_ns();
    if (now + 2000000 < deadline_ns) return;  // a SIGALRM from kill(), not the timer
    if (period_ns > 0) {
        while (deadline_ns <= now) deadline_ns += period_ns;
        return;
    }
    deadline_ns = 0;
    (void)wasix::proc_raise_interval(wasix::signal_t::alrm, 0, wasix::bool_t::_false);
}
