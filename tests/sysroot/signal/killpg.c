/* killpg(): in a child that leads its own group, killpg(getpgrp(), sig)
 * reaches the child's handler and the null signal succeeds; a negative
 * group is EINVAL, an invalid signal EINVAL, a group no process has ESRCH.
 * Run in a forked child: the harness's own group holds other processes. */
#include <signal.h>
#include <sys/wait.h>

#include "check.h"

static void child(void) {
    CALL("child.setpgid", setpgid(0, 0));
    CHECK(signal(SIGUSR1, check_count_signal) != SIG_ERR);
    CALL("child.killpg", killpg(getpgrp(), SIGUSR1));
    RECORD("child.killpg.delivered", "%d", check_wait_signal(SIGUSR1, 1, 2000));
    CALL("child.killpg.null_signal", killpg(getpgrp(), 0));
    CALL("child.killpg.negative", killpg(-5, SIGUSR1));
    CALL("child.killpg.bad_signal", killpg(getpgrp(), 1000));
    CALL("child.killpg.unknown_group", killpg(0x7ffffff0, SIGUSR1));
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    check_in_child("child.status", child);
    return check_done();
}
