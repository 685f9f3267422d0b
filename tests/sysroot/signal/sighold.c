/* sighold(): the signal is added to the mask and a raised one stays
 * pending until sigrelse; an invalid signal is EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR1, check_count_signal) != SIG_ERR);
    CALL("sighold", sighold(SIGUSR1));
    RECORD("sighold.blocked", "%d", check_usr1_blocked());
    CALL("raise", raise(SIGUSR1));
    RECORD("held.count", "%d", (int)check_signal_hits[SIGUSR1]);
    sigset_t p;
    CHECK(sigpending(&p) == 0);
    RECORD("held.pending", "%d", sigismember(&p, SIGUSR1));
    CALL("sigrelse", sigrelse(SIGUSR1));
    RECORD("released.count", "%d", (int)check_signal_hits[SIGUSR1]);
    CALL("sighold.zero", sighold(0));
    CALL("sighold.too_big", sighold(1000));
    return check_done();
}
