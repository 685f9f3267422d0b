// sigpause.cpp - sigpause(): wait for a signal with sig removed from the
// current mask.
#include <signal.h>

extern "C" int sigpause(int sig) {
    sigset_t set;
    sigprocmask(SIG_BLOCK, nullptr, &set);
    sigdelset(&set, sig);
    return sigsuspend(&set);
}
