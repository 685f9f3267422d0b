// sigtimedwait.cpp - sigtimedwait(): take a pending signal of the set (the
// set should be blocked, as POSIX requires), polling the runtime until one
// arrives or the timeout passes. sigwaitinfo and sigwait call it.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

namespace {

// The lowest pending signal of want, cleared from the pending set; 0 if none.
int take(uint64_t want) {
    const uint64_t pending = __atomic_load_n(&__wasix_sigpending, __ATOMIC_ACQUIRE) & want;
    if (!pending) return 0;
    const int sig = __builtin_ctzll(pending) + 1;
    if (!(__atomic_fetch_and(&__wasix_sigpending, ~wasix_signal::bit(sig), __ATOMIC_ACQ_REL) & wasix_signal::bit(sig)))
        return 0;
    return sig;
}

long long now_ns() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

}  // namespace

extern "C" int sigtimedwait(const sigset_t* set, siginfo_t* info, const struct timespec* timeout) {
    if (timeout && (timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L || timeout->tv_sec < 0))
        return wasix_libc::fail_posix(EINVAL);
    const uint64_t want = wasix_signal::to_bits(set);
    __wasix_signal_register();  // signals must reach the libc to be waited for
    const long long deadline =
        timeout ? now_ns() + static_cast<long long>(timeout->tv_sec) * 1000000000LL + timeout->tv_nsec : 0;
    for (;;) {
        if (const int sig = take(want)) {
            if (info) {
                memset(info, 0, sizeof *info);
                info->si_signo = sig;
                info->si_code = SI_USER;
            }
            return sig;
        }
        if (timeout && now_ns() >= deadline) return wasix_libc::fail_posix(EAGAIN);
        __wasix_signal_poll();
    }
}
