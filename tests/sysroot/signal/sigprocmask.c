/* sigprocmask(): a blocked signal is held (pending) and delivered when it is
 * unblocked, before sigprocmask returns; the old mask comes back; a bad
 * `how` is EINVAL; SIGKILL and SIGSTOP cannot be blocked. sigpending shows
 * held signals; sigemptyset, sigaddset, sigfillset, sigdelset and
 * sigismember build and read sets. */
#include <signal.h>

#include "check.h"

static volatile sig_atomic_t hits;
static void on_usr1(int sig) { (void)sig; hits++; }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, on_usr1) != SIG_ERR);
    sigset_t set, old, pend, cur;
    CALL("sigemptyset", sigemptyset(&set));
    CALL("sigaddset", sigaddset(&set, SIGUSR1));
    CALL("sigaddset.bad", sigaddset(&set, 0));
    CALL("sigismember.added", sigismember(&set, SIGUSR1));
    CALL("sigismember.other", sigismember(&set, SIGUSR2));
    CALL("sigprocmask.block", sigprocmask(SIG_BLOCK, &set, &old));
    RECORD("old.usr1", "%d", sigismember(&old, SIGUSR1));
    CALL("raise.blocked", raise(SIGUSR1));
    RECORD("blocked.hits", "%d", (int)hits);
    CALL("sigpending", sigpending(&pend));
    CALL("sigpending.usr1", sigismember(&pend, SIGUSR1));
    CALL("sigprocmask.unblock", sigprocmask(SIG_UNBLOCK, &set, 0));
    RECORD("unblocked.hits", "%d", (int)hits);
    CALL("sigpending.after", sigpending(&pend));
    CALL("sigpending.after.usr1", sigismember(&pend, SIGUSR1));
    CALL("sigprocmask.bad_how", sigprocmask(99, &set, 0));

    /* SIGKILL and SIGSTOP are silently left out of the mask */
    CALL("sigfillset", sigfillset(&set));
    CALL("sigdelset", sigdelset(&set, SIGINT));
    CALL("sigismember.deleted", sigismember(&set, SIGINT));
    CALL("sigismember.term", sigismember(&set, SIGTERM));
    CALL("sigprocmask.setmask_all", sigprocmask(SIG_SETMASK, &set, &old));
    CALL("sigprocmask.query", sigprocmask(SIG_BLOCK, NULL, &cur));
    RECORD("mask.sigkill", "%d", sigismember(&cur, SIGKILL));
    RECORD("mask.sigstop", "%d", sigismember(&cur, SIGSTOP));
    RECORD("mask.sigterm", "%d", sigismember(&cur, SIGTERM));
    RECORD("mask.sigint", "%d", sigismember(&cur, SIGINT));
    CALL("sigprocmask.restore", sigprocmask(SIG_SETMASK, &old, 0));
    return check_done();
}
