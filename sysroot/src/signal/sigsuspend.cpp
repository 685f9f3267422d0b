// sigsuspend.cpp - sigsuspend(): install mask and wait (polling the runtime)
// until a handler has run; pause() waits the same way.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigsuspend(const sigset_t* mask) {
    // Signals must reach the libc to end the wait, also those without a
    // handler, whose default action ends the process (QUIRKS.md, "signals
    // reach a process only through its callback").
    __wasix_signal_register();
    sigset_t old;
    const uint32_t seen = __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE);
    __wasix_sigmask_change(SIG_SETMASK, mask, &old);  // may deliver at once
    while (__atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE) == seen) __wasix_signal_poll();
    __wasix_sigmask_change(SIG_SETMASK, &old, nullptr);
    return wasix_libc::fail_posix(EINTR);
}
