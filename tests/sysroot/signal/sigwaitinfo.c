/* sigwaitinfo(): takes a blocked pending signal, the lowest-numbered first
 * (SIGUSR1 before SIGUSR2), fills siginfo (or not, with a null one) and
 * leaves the other pending; the handler does not run. */
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, check_count_signal) != SIG_ERR);
    CHECK(signal(SIGUSR2, check_count_signal) != SIG_ERR);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &s, NULL) == 0);
    CALL("raise.usr2", raise(SIGUSR2));
    CALL("raise.usr1", raise(SIGUSR1));
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int sig = sigwaitinfo(&s, &si);
    RECORD("sigwaitinfo.first", "%s", sig == SIGUSR1 ? "SIGUSR1" : sig == SIGUSR2 ? "SIGUSR2" : check_errno_name(errno));
    RECORD("sigwaitinfo.first.signo", "%s", si.si_signo == sig ? "same" : "other");
    sigset_t p;
    CHECK(sigpending(&p) == 0);
    RECORD("sigwaitinfo.still_pending", "%d %d", sigismember(&p, SIGUSR1), sigismember(&p, SIGUSR2));
    sig = sigwaitinfo(&s, NULL);
    RECORD("sigwaitinfo.second", "%s", sig == SIGUSR1 ? "SIGUSR1" : sig == SIGUSR2 ? "SIGUSR2" : check_errno_name(errno));
    RECORD("sigwaitinfo.handlers_ran", "%d %d", (int)check_signal_hits[SIGUSR1], (int)check_signal_hits[SIGUSR2]);
    return check_done();
}
