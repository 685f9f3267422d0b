/* sigtimedwait(): takes a blocked pending signal (returns its number, fills
 * siginfo, clears it from the pending set) without running the handler;
 * nothing pending until the timeout is EAGAIN; a timeout with tv_nsec out
 * of range is EINVAL. */
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t open_mask; /* SIGUSR1 counted, blocked and pending */
    check_usr1_pending(&open_mask);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    struct timespec ts = {1, 0};
    RECORD("sigtimedwait.pending", "%s", sigtimedwait(&s, &si, &ts) == SIGUSR1 ? "SIGUSR1" : check_errno_name(errno));
    RECORD("sigtimedwait.pending.signo", "%s", si.si_signo == SIGUSR1 ? "SIGUSR1" : "other");
    RECORD("sigtimedwait.pending.handler_ran", "%d", (int)check_signal_hits[SIGUSR1]);
    sigset_t p;
    CHECK(sigpending(&p) == 0);
    RECORD("sigtimedwait.pending.cleared", "%d", !sigismember(&p, SIGUSR1));
    ts.tv_sec = 0;
    ts.tv_nsec = 50 * 1000000L;
    long long t0 = check_now_ms();
    CALL("sigtimedwait.timeout", sigtimedwait(&s, &si, &ts));
    CHECK(check_now_ms() - t0 >= 40);
    ts.tv_nsec = 0;
    CALL("sigtimedwait.zero_timeout", sigtimedwait(&s, NULL, &ts));
    ts.tv_nsec = 1000000000L;
    CALL("sigtimedwait.bad_nsec", sigtimedwait(&s, &si, &ts));
    ts.tv_nsec = -1;
    CALL("sigtimedwait.negative_nsec", sigtimedwait(&s, &si, &ts));
    return check_done();
}
