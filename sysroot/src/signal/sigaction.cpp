// sigaction.cpp - install or query a signal action.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigaction(int sig, const struct sigaction* act, struct sigaction* old) {
    if (!wasix_signal::valid(sig) || (act && (sig == SIGKILL || sig == SIGSTOP)))
        return wasix_libc::fail_posix(EINVAL);
    __wasix_signal_inherit();
    if (old) *old = __wasix_sigactions[sig];
    if (act) {
        __wasix_signal_register();
        __wasix_sigactions[sig] = *act;
        // Setting SIG_IGN discards a pending instance.
        if (act->sa_handler == SIG_IGN)
            __atomic_fetch_and(&__wasix_sigpending, ~wasix_signal::bit(sig), __ATOMIC_ACQ_REL);
    }
    return 0;
}
