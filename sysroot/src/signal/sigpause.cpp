// sigpause.cpp - sigpause(): wait for a signal with sig removed from the
// current mask; a signal number that is not one is EINVAL (before waiting).
#include <signal.h>

extern "C" int sigpause(int sig) {
    sigset_t set;
    sigprocmask(SIG_BLOCK, nullptr, &set);
    if (sigdelset(&set, sig) != 0) return -1;  // EINVAL
    return sigsuspend(&set);
}
