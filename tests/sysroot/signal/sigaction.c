/* sigaction(): the old action comes back (SIG_DFL at first, then what was
 * set); SIGKILL, SIGSTOP, 0 and out-of-range signals are EINVAL;
 * SA_SIGINFO handlers get siginfo with the signal number; SA_RESETHAND
 * restores SIG_DFL after one delivery; sa_mask is blocked while the
 * handler runs; query only with a null new action. */
#include <signal.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t hits[65];
static volatile sig_atomic_t info_signo, info_code_user, mask_had_usr2;

static void on_signal(int sig) {
    hits[sig]++;
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    mask_had_usr2 = sigismember(&cur, SIGUSR2);
}

static void on_info(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    hits[sig]++;
    info_signo = info->si_signo;
    info_code_user = info->si_code == SI_USER || info->si_code == SI_TKILL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    memset(&old, 0xff, sizeof old);
    CALL("sigaction.usr1", sigaction(SIGUSR1, &sa, &old));
    RECORD("sigaction.usr1.old", "%s", old.sa_handler == SIG_DFL ? "SIG_DFL" : "other");
    memset(&old, 0, sizeof old);
    CALL("sigaction.query", sigaction(SIGUSR1, NULL, &old));
    RECORD("sigaction.query.handler", "%s", old.sa_handler == on_signal ? "on_signal" : "other");
    CALL("sigaction.sigkill", sigaction(SIGKILL, &sa, 0));
    CALL("sigaction.sigstop", sigaction(SIGSTOP, &sa, 0));
    CALL("sigaction.zero", sigaction(0, &sa, 0));
    CALL("sigaction.too_large", sigaction(65, &sa, 0));
    CALL("sigaction.sigkill.query", sigaction(SIGKILL, NULL, &old));

    /* sa_mask: SIGUSR2 is blocked while the handler runs, not after */
    sigaddset(&sa.sa_mask, SIGUSR2);
    CALL("sigaction.with_mask", sigaction(SIGUSR1, &sa, 0));
    CALL("raise.with_mask", raise(SIGUSR1));
    RECORD("handler.mask_had_usr2", "%d", (int)mask_had_usr2);
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    RECORD("after.usr2_blocked", "%d", sigismember(&cur, SIGUSR2));

    /* SA_SIGINFO and SA_RESETHAND */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    CALL("sigaction.siginfo_resethand", sigaction(SIGHUP, &sa, 0));
    CALL("raise.hup", raise(SIGHUP));
    RECORD("hup.hits", "%d", (int)hits[SIGHUP]);
    RECORD("hup.info.signo", "%s", info_signo == SIGHUP ? "SIGHUP" : "other");
    RECORD("hup.info.code_user", "%d", (int)info_code_user);
    CALL("sigaction.hup.after", sigaction(SIGHUP, 0, &old));
    RECORD("hup.after.handler", "%s", old.sa_handler == SIG_DFL ? "SIG_DFL" : "other");
    return check_done();
}
