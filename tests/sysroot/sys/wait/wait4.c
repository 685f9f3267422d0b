/* wait4(): WNOHANG returns 0 while the child runs; a blocking wait4 returns
 * the pid with the status exit() gave (exit flushes stdio in the child)
 * and fills the rusage; a pid that is no child is ECHILD. */
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int go[2], status = 0;
    CHECK(pipe(go) == 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        close(go[1]);
        (void)!read(go[0], &c, 1);
        exit(7);
    }
    close(go[0]);
    CALL("wait4.wnohang.running", wait4(pid, &status, WNOHANG, NULL));
    CALL("write.go", write(go[1], "g", 1));
    close(go[1]);
    struct rusage ru;
    memset(&ru, 0xff, sizeof ru);
    pid_t r = wait4(pid, &status, 0, &ru);
    RECORD("wait4.result", "%s", r == pid ? "pid" : check_errno_name(errno));
    RECORD("wait4.status", "exited=%d code=%d", WIFEXITED(status), WEXITSTATUS(status));
    RECORD("wait4.rusage.filled", "%s", ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 ? "yes" : "no");
    CALL("wait4.reaped", wait4(pid, &status, 0, NULL));
    CALL("wait4.any.none", wait4(-1, &status, WNOHANG, NULL));
    return check_done();
}
