/* sigpause(): with the signal blocked and pending, sigpause(sig) takes it
 * out of the mask for the wait, the handler runs, the call fails with EINTR
 * and the mask is restored (the signal blocked again); an invalid signal
 * is EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sigset_t open_mask;
    check_usr1_pending(&open_mask);
    RECORD("pending.count", "%d", (int)check_signal_hits[SIGUSR1]);
    CALL("sigpause", sigpause(SIGUSR1));
    RECORD("sigpause.count", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("sigpause.blocked_after", "%d", check_usr1_blocked());
    CALL("sigpause.invalid", sigpause(0));
    CALL("sigpause.too_big", sigpause(1000));
    return check_done();
}
