/* sigset(): installs a handler and returns the previous one; SIG_HOLD
 * blocks the signal (a raised one stays pending) and returns the
 * disposition, any other disposition unblocks it again (the pending one
 * is delivered); an invalid signal gives SIG_ERR with EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

static const char *name_of(void (*h)(int)) {
    if (h == SIG_DFL) return "SIG_DFL";
    if (h == SIG_IGN) return "SIG_IGN";
    if (h == SIG_ERR) return "SIG_ERR";
    if (h == SIG_HOLD) return "SIG_HOLD";
    if (h == check_count_signal) return "handler";
    return "other";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("sigset.install", "%s", name_of(sigset(SIGUSR1, check_count_signal)));
    CALL("raise.1", raise(SIGUSR1));
    RECORD("raise.1.count", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("sigset.hold", "%s", name_of(sigset(SIGUSR1, SIG_HOLD)));
    RECORD("hold.blocked", "%d", check_usr1_blocked());
    CALL("raise.2", raise(SIGUSR1));
    RECORD("raise.2.count", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("sigset.reinstall", "%s", name_of(sigset(SIGUSR1, check_count_signal)));
    RECORD("reinstall.blocked", "%d", check_usr1_blocked());
    RECORD("reinstall.count", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("sigset.ignore", "%s", name_of(sigset(SIGUSR1, SIG_IGN)));
    RECORD("sigset.default", "%s", name_of(sigset(SIGUSR1, SIG_DFL)));
    errno = 0;
    void (*r)(int) = sigset(0, SIG_IGN);
    RECORD("sigset.invalid", "%s %s", name_of(r), check_errno_name(errno));
    errno = 0;
    r = sigset(SIGKILL, check_count_signal);
    RECORD("sigset.kill", "%s %s", name_of(r), check_errno_name(errno));
    return check_done();
}
