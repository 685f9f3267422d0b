// sigsuspend.cpp - sigsuspend and pause: wait (polling the runtime) until
// a handler has run.
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "__support/signal_impl.hpp"

extern "C" int sigsuspend(const sigset_t* mask) {
    sigset_t old;
    const uint32_t seen = __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE);
    __wasix_sigmask_change(SIG_SETMASK, mask, &old);  // may deliver at once
    while (__atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE) == seen) __wasix_signal_poll();
    __wasix_sigmask_change(SIG_SETMASK, &old, nullptr);
    errno = EINTR;
    return -1;
}

extern "C" int pause(void) {
    sigset_t cur;
    __wasix_sigmask_change(SIG_BLOCK, nullptr, &cur);
    return sigsuspend(&cur);
}
