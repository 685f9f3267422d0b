// siginterrupt.cpp - siginterrupt(): whether sig interrupts system calls,
// i.e. SA_RESTART off or on in its action.
#include <signal.h>

extern "C" int siginterrupt(int sig, int flag) {
    struct sigaction act;
    if (sigaction(sig, nullptr, &act) != 0) return -1;
    if (flag)
        act.sa_flags &= ~SA_RESTART;
    else
        act.sa_flags |= SA_RESTART;
    return sigaction(sig, &act, nullptr);
}
