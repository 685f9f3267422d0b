/* sigignore(): the action becomes SIG_IGN and a raised signal has no
 * effect; SIGKILL and an invalid signal are EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGUSR2, check_count_signal) != SIG_ERR);
    CALL("sigignore", sigignore(SIGUSR2));
    struct sigaction sa;
    CHECK(sigaction(SIGUSR2, NULL, &sa) == 0);
    RECORD("sigignore.action", "%s", sa.sa_handler == SIG_IGN ? "SIG_IGN" : "other");
    CALL("raise", raise(SIGUSR2));
    RECORD("raise.count", "%d", (int)check_signal_hits[SIGUSR2]);
    CALL("sigignore.kill", sigignore(SIGKILL));
    CALL("sigignore.stop", sigignore(SIGSTOP));
    CALL("sigignore.zero", sigignore(0));
    CALL("sigignore.too_big", sigignore(1000));
    return check_done();
}
