/* sigrelse(): removes the signal from the mask (blocked with
 * sigprocmask); releasing one that is not blocked is a no-op; an invalid
 * signal is EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t open_mask; /* SIGUSR1 counted, blocked and pending */
    check_usr1_pending(&open_mask);
    RECORD("blocked.count", "%d", (int)check_signal_hits[SIGUSR1]);
    CALL("sigrelse", sigrelse(SIGUSR1));
    RECORD("sigrelse.blocked", "%d", check_usr1_blocked());
    RECORD("sigrelse.count", "%d", (int)check_signal_hits[SIGUSR1]);
    CALL("sigrelse.again", sigrelse(SIGUSR1));
    CALL("sigrelse.zero", sigrelse(0));
    CALL("sigrelse.negative", sigrelse(-3));
    return check_done();
}
