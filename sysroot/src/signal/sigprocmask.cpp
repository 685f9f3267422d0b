// sigprocmask.cpp - sigprocmask and pthread_sigmask (the mask is per
// process, see signal_impl.hpp); unblocked pending signals are delivered
// before returning.
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

extern "C" int sigprocmask(int how, const sigset_t* set, sigset_t* old) {
    const int err = __wasix_sigmask_change(how, set, old);
    if (err) {
        errno = err;
        return -1;
    }
    return 0;
}

extern "C" int pthread_sigmask(int how, const sigset_t* set, sigset_t* old) {
    return __wasix_sigmask_change(how, set, old);
}
