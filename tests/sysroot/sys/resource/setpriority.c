/* setpriority(): raising the own nice value (setpriority 5, then 10) is
 * seen by getpriority; an unknown "which" is EINVAL, a pid no process has
 * ESRCH. Only ever raised, in a forked child (lowering needs privileges
 * the two runs do not share). */
#include <sys/resource.h>
#include <sys/wait.h>

#include "check.h"

static void child(void) {
    CALL("setpriority.5", setpriority(PRIO_PROCESS, 0, 5));
    errno = 0;
    int p = getpriority(PRIO_PROCESS, 0);
    RECORD("getpriority.5", "%d %s", p, errno ? check_errno_name(errno) : "");
    CALL("setpriority.self_pid.10", setpriority(PRIO_PROCESS, getpid(), 10));
    errno = 0;
    p = getpriority(PRIO_PROCESS, getpid());
    RECORD("getpriority.10", "%d %s", p, errno ? check_errno_name(errno) : "");
    CALL("setpriority.above_19", setpriority(PRIO_PROCESS, 0, 40));
    errno = 0;
    p = getpriority(PRIO_PROCESS, 0);
    RECORD("getpriority.clamped", "%d %s", p, errno ? check_errno_name(errno) : "");
    CALL("setpriority.bad_which", setpriority(99, 0, 10));
    CALL("setpriority.unknown_pid", setpriority(PRIO_PROCESS, 0x7ffffff0, 10));
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    check_in_child("child.status", child);
    return check_done();
}
