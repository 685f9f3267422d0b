// sigset.cpp - sigset(): System V signal(); SIG_HOLD blocks sig, any other
// disposition is installed and unblocks it.
#include <signal.h>
#include <string.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" void (*sigset(int sig, void (*handler)(int)))(int) {
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    if (handler == SIG_HOLD) {
        if (sigaction(sig, nullptr, &old) != 0) return SIG_ERR;
        if (const int err = wasix_signal::mask_one(SIG_BLOCK, sig)) {
            wasix_libc::fail_posix(err);
            return SIG_ERR;
        }
        return old.sa_handler;
    }
    act.sa_handler = handler;
    if (sigaction(sig, &act, &old) != 0) return SIG_ERR;
    if (const int err = wasix_signal::mask_one(SIG_UNBLOCK, sig)) {
        wasix_libc::fail_posix(err);
        return SIG_ERR;
    }
    return old.sa_handler;
}
