/* waitid(): P_PID with WEXITED fills siginfo (pid, CLD_EXITED, status);
 * WNOHANG with a running child leaves si_pid 0; bad idtype or options are
 * EINVAL; no child is ECHILD. */
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    siginfo_t si;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(3);
    memset(&si, 0, sizeof si);
    CALL("waitid.exited", waitid(P_PID, pid, &si, WEXITED));
    RECORD("waitid.exited.pid", "%s", si.si_pid == pid ? "child" : "other");
    RECORD("waitid.exited.code", "%s", si.si_code == CLD_EXITED ? "CLD_EXITED" : "other");
    RECORD("waitid.exited.status", "%d", si.si_status);
    RECORD("waitid.exited.signo", "%s", si.si_signo == SIGCHLD ? "SIGCHLD" : "other");

    int go[2];
    CHECK(pipe(go) == 0);
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        char c;
        close(go[1]);
        (void)!read(go[0], &c, 1);
        _exit(4);
    }
    close(go[0]);
    memset(&si, 0xff, sizeof si);
    CALL("waitid.wnohang.running", waitid(P_PID, pid, &si, WEXITED | WNOHANG));
    RECORD("waitid.wnohang.pid", "%d", si.si_pid);
    CHECK(write(go[1], "g", 1) == 1);
    close(go[1]);
    memset(&si, 0, sizeof si);
    CALL("waitid.all", waitid(P_ALL, 0, &si, WEXITED));
    RECORD("waitid.all.status", "%d", si.si_status);
    waitpid(pid, NULL, 0); /* in case waitid(P_ALL) did not reap it */
    CALL("waitid.bad_idtype", waitid((idtype_t)99, 0, &si, WEXITED));
    CALL("waitid.no_options", waitid(P_ALL, 0, &si, 0));
    CALL("waitid.none_left", waitid(P_ALL, 0, &si, WEXITED));
    return check_done();
}
