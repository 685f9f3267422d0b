// sigcompat.cpp - the old System V / BSD signal calls, over sigaction and
// sigprocmask; sigaltstack and sigqueue.
#include <errno.h>
#include <signal.h>
#include <string.h>

extern "C" int siginterrupt(int sig, int flag) {
    struct sigaction act;
    if (sigaction(sig, nullptr, &act) != 0) return -1;
    if (flag)
        act.sa_flags &= ~SA_RESTART;
    else
        act.sa_flags |= SA_RESTART;
    return sigaction(sig, &act, nullptr);
}

static int mask_one(int how, int sig) {
    sigset_t set;
    sigemptyset(&set);
    if (sigaddset(&set, sig) != 0) return -1;
    return sigprocmask(how, &set, nullptr);
}

extern "C" int sighold(int sig) { return mask_one(SIG_BLOCK, sig); }
extern "C" int sigrelse(int sig) { return mask_one(SIG_UNBLOCK, sig); }

extern "C" int sigignore(int sig) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = SIG_IGN;
    return sigaction(sig, &act, nullptr);
}

extern "C" int sigpause(int sig) {
    sigset_t set;
    sigprocmask(SIG_BLOCK, nullptr, &set);
    sigdelset(&set, sig);
    return sigsuspend(&set);
}

extern "C" void (*sigset(int sig, void (*handler)(int)))(int) {
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    if (handler == SIG_HOLD) {
        if (sigaction(sig, nullptr, &old) != 0 || sighold(sig) != 0) return SIG_ERR;
        return old.sa_handler;
    }
    act.sa_handler = handler;
    if (sigaction(sig, &act, &old) != 0 || sigrelse(sig) != 0) return SIG_ERR;
    return old.sa_handler;
}

extern "C" int sigaltstack(const stack_t* ss, stack_t* old) {
    // Handlers run on the stack of the interrupted code; there is no
    // alternate stack to switch to.
    if (old) {
        old->ss_sp = nullptr;
        old->ss_size = 0;
        old->ss_flags = SS_DISABLE;
    }
    if (ss && !(ss->ss_flags & SS_DISABLE)) {
        if (ss->ss_size < MINSIGSTKSZ) {
            errno = ENOMEM;
            return -1;
        }
    }
    return 0;
}

extern "C" int sigqueue(pid_t pid, int sig, union sigval) {
    return kill(pid, sig);
}
