/* Process groups and sessions: a child that calls setsid() leads a new
 * session and group (getpgrp, getpgid(0), getsid(0) all its pid); in it,
 * setpgid(0, 0) is EPERM (a session leader cannot move); a grandchild
 * starts in its parent's group, setpgid(0, 0) makes it leader of its own,
 * joining a group of another session is EPERM; unknown pids are ESRCH.
 * All of it runs in forked children: the harness's process group is the
 * caller's, and differs between the two runs. */
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static int grandchild(void) {
    pid_t me = getpid(), parent = getppid();
    RECORD("grandchild.pgrp_is_parent", "%s", getpgrp() == parent ? "yes" : "no");
    RECORD("grandchild.sid_is_parent", "%s", getsid(0) == parent ? "yes" : "no");
    CALL("grandchild.setpgid", setpgid(0, 0));
    RECORD("grandchild.pgrp_is_self", "%s", getpgrp() == me ? "yes" : "no");
    RECORD("grandchild.getpgid", "%s", getpgid(0) == me ? "self" : "other");
    CALL("grandchild.setpgid.back", setpgid(0, parent));
    RECORD("grandchild.pgrp_back", "%s", getpgrp() == parent ? "yes" : "no");
    CALL("grandchild.setsid.not_leader", setsid() == getpid() ? 0 : -1);
    return 0;
}

static int child(void) {
    pid_t me = getpid();
    CALL("child.setsid", setsid() == me ? 0 : -1);
    RECORD("child.getpgrp", "%s", getpgrp() == me ? "self" : "other");
    RECORD("child.getpgid", "%s", getpgid(0) == me ? "self" : "other");
    RECORD("child.getpgid.self_pid", "%s", getpgid(me) == me ? "self" : "other");
    RECORD("child.getsid", "%s", getsid(0) == me ? "self" : "other");
    CALL("child.setsid.again", setsid());
    CALL("child.setpgid.leader", setpgid(0, 0));
    CALL("child.setpgid.other_group", setpgid(0, me + 1));
    CALL("child.setpgid.negative", setpgid(0, -1));
    CALL("child.getpgid.unknown", getpgid(0x7ffffff0));
    CALL("child.getsid.unknown", getsid(0x7ffffff0));
    CALL("child.setpgid.unknown", setpgid(0x7ffffff0, 0));
    CALL("child.setpgrp", setpgrp());
    fflush(stdout);
    pid_t g = fork();
    if (g == 0) _exit(grandchild());
    int st = 0;
    CHECK(waitpid(g, &st, 0) == g);
    return 0;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("getpgid.0_is_getpgrp", "%s", getpgid(0) == getpgrp() ? "yes" : "no");
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        child();
        fflush(stdout);
        _exit(0);
    }
    int st = 0;
    CALL("waitpid.child", waitpid(c, &st, 0) == c ? 0 : -1);
    RECORD("child.status", "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    return check_done();
}
