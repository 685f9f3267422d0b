/* wait(): reaps any child, in whatever order they end, with each one's exit
 * status; ECHILD when none is left; NULL status is allowed. */
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int status, seen = 0, reaped = 0;
    fflush(stdout);
    for (int i = 1; i <= 3; ++i) {
        pid_t c = fork();
        if (c == 0) _exit(i);
        CHECK(c > 0);
    }
    for (int i = 0; i < 3; ++i) {
        pid_t c = wait(&status);
        if (c > 0 && WIFEXITED(status)) {
            seen |= 1 << WEXITSTATUS(status);
            reaped++;
        }
    }
    RECORD("wait.three.reaped", "%d", reaped);
    RECORD("wait.three.codes", "%#x", seen);
    CALL("wait.none_left", wait(&status));

    pid_t c = fork();
    if (c == 0) _exit(0);
    pid_t r = wait(NULL);
    RECORD("wait.null_status", "%s", r == c ? "child" : check_errno_name(errno));
    CALL("wait.null_status.none_left", wait(NULL));
    return check_done();
}
