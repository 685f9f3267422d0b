/* siginterrupt(): flag 1 clears SA_RESTART in the signal's action, flag 0
 * sets it; the handler stays; an invalid signal is EINVAL. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <signal.h>

#include "check.h"

static void record_action(const char *name) {
    struct sigaction sa;
    CHECK(sigaction(SIGUSR1, NULL, &sa) == 0);
    RECORD(name, "%s %s", (sa.sa_flags & SA_RESTART) ? "SA_RESTART" : "no_restart",
           sa.sa_handler == check_count_signal ? "handler" : "other");
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = check_count_signal;
    sa.sa_flags = SA_RESTART;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    CALL("siginterrupt.on", siginterrupt(SIGUSR1, 1));
    record_action("siginterrupt.on.action");
    CALL("siginterrupt.off", siginterrupt(SIGUSR1, 0));
    record_action("siginterrupt.off.action");
    CALL("siginterrupt.invalid", siginterrupt(0, 1));
    CALL("siginterrupt.too_big", siginterrupt(1000, 1));
    return check_done();
}
