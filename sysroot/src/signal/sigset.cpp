// sigset.cpp - sigset(): System V signal(); SIG_HOLD blocks sig, any other
// disposition is installed and unblocks it.
#include <signal.h>
#include <string.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" void (*sigset(int sig, void (*handler)(int)))(int) {
    // As in glibc, the previous disposition is reported as SIG_HOLD when the
    // signal was blocked.
    sigset_t before;
    sigprocmask(SIG_BLOCK, nullptr, &before);
    const bool was_held = wasix_signal::valid(sig) && sigismember(&before, sig) == 1;
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    if (handler == SIG_HOLD) {
        if (sigaction(sig, nullptr, &old) != 0) return SIG_ERR;
        if (const int err = wasix_signal::mask_one(SIG_BLOCK, sig)) {
            wasix_libc::fail_posix(err);
            return SIG_ERR;
        }
        return was_held ? SIG_HOLD : old.sa_handler;
    }
    act.sa_handler = handler;
    if (sigaction(sig, &act, &old) != 0) return SIG_ERR;
    if (const int err = wasix_signal::mask_one(SIG_UNBLOCK, sig)) {
        wasix_libc::fail_posix(err);
        return SIG_ERR;
    }
    return was_held ? SIG_HOLD : old.sa_handler;
}
