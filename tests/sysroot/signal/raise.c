/* raise() and kill(getpid()) run the handler before they return, with the
 * signal blocked inside it; SIG_IGN discards; SIGCHLD's default action
 * ignores it; bad signal numbers are EINVAL. */
#include <signal.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t hits[65];
static volatile sig_atomic_t blocked_inside = -1;

static void on_signal(int sig) {
    hits[sig]++;
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    blocked_inside = sigismember(&cur, sig);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, on_signal) != SIG_ERR);
    CALL("raise.usr1", raise(SIGUSR1));
    RECORD("raise.usr1.hits_on_return", "%d", (int)hits[SIGUSR1]);
    RECORD("raise.usr1.blocked_inside", "%d", (int)blocked_inside);
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    RECORD("raise.usr1.unblocked_after", "%d", !sigismember(&cur, SIGUSR1));
    CALL("kill.self.usr1", kill(getpid(), SIGUSR1));
    RECORD("kill.self.usr1.hits_on_return", "%d", (int)hits[SIGUSR1]);

    CHECK(signal(SIGUSR2, SIG_IGN) != SIG_ERR);
    CALL("raise.ignored", raise(SIGUSR2));
    RECORD("raise.ignored.hits", "%d", (int)hits[SIGUSR2]);
    /* the default action of SIGCHLD and SIGURG is to ignore */
    CALL("raise.sigchld.default", raise(SIGCHLD));
    CALL("raise.sigurg.default", raise(SIGURG));
    CALL("raise.zero", raise(0));
    CALL("raise.bad", raise(99));
    CALL("raise.negative", raise(-1));
    return check_done();
}
