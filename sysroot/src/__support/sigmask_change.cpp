// sigmask_change.cpp - the one place the mask changes (signal_impl.hpp):
// sigprocmask, pthread_sigmask, sigsuspend and the old single-signal calls.
#include <errno.h>
#include <signal.h>

#include "__support/signal_impl.hpp"

extern "C" int __wasix_sigmask_change(int how, const sigset_t* set, sigset_t* old) {
    const uint64_t cur = __atomic_load_n(&__wasix_sigmask, __ATOMIC_ACQUIRE);
    if (old) wasix_signal::from_bits(cur, old);
    if (!set) return 0;
    const uint64_t bits = wasix_signal::to_bits(set) & ~(wasix_signal::bit(SIGKILL) | wasix_signal::bit(SIGSTOP));
    switch (how) {
    case SIG_BLOCK:
        __atomic_fetch_or(&__wasix_sigmask, bits, __ATOMIC_ACQ_REL);
        break;
    case SIG_UNBLOCK:
        __atomic_fetch_and(&__wasix_sigmask, ~bits, __ATOMIC_ACQ_REL);
        break;
    case SIG_SETMASK:
        __atomic_store_n(&__wasix_sigmask, bits, __ATOMIC_RELEASE);
        break;
    default:
        return EINVAL;
    }
    __wasix_signal_flush();
    return 0;
}

namespace wasix_signal {

int mask_one(int how, int sig) {
    if (!valid(sig)) return EINVAL;
    sigset_t set;
    from_bits(bit(sig), &set);
    return __wasix_sigmask_change(how, &set, nullptr);
}

}  // namespace wasix_signal
