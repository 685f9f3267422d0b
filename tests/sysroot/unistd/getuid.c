/* The identity functions: one consistent user, its own ids accepted by
 * setuid & co. What an unprivileged user may not do (another id, groups,
 * host names) is checked in a child that, natively, first drops root, so
 * both sides answer as an unprivileged user. */
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    uid_t uid = getuid();
    gid_t gid = getgid();
    RECORD("euid_is_uid", "%d", geteuid() == uid);
    RECORD("egid_is_gid", "%d", getegid() == gid);
    /* no supplementary groups: the process has its own group only */
    CALL("getgroups.count", getgroups(0, NULL));
    gid_t groups[64];
    CALL("getgroups.fill", getgroups(64, groups));
    CALL("getgroups.negative", getgroups(-1, groups));

    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (getuid() == 0) {
            /* the Linux oracle runs as root: become an ordinary user */
            CHECK(setgroups(0, NULL) == 0);
            CHECK(setgid(65534) == 0);
            CHECK(setuid(65534) == 0);
        }
        uid_t me = getuid();
        gid_t mg = getgid();
        CALL("setuid.own", setuid(me));
        CALL("seteuid.own", seteuid(me));
        CALL("setgid.own", setgid(mg));
        CALL("setegid.own", setegid(mg));
        CALL("setuid.root", setuid(0));
        CALL("seteuid.root", seteuid(0));
        CALL("setgid.root", setgid(0));
        CALL("setegid.root", setegid(0));
        CALL("setuid.minus1", setuid((uid_t)-1));
        CALL("setgid.minus1", setgid((gid_t)-1));
        CALL("setgroups.empty", setgroups(0, NULL));
        CALL("setgroups.own", setgroups(1, &mg));
        CALL("sethostname", sethostname("x", 1));
        CALL("setdomainname", setdomainname("x", 1));
        RECORD("uid_unchanged", "%d", getuid() == me);
        fflush(stdout);
        _exit(check_failures ? 1 : 0);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    RECORD("child.status", "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return check_done();
}
