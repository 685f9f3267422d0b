/* error() and error_at_line() (glibc's <error.h>) and the BSD err/warn
 * family: they count their messages, error_one_per_line drops repeats, and
 * the exiting forms end the process with their status (in a child). */
#include <err.h>
#include <error.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static int exit_status(void (*f)(void)) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        f();
        _exit(99);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return -2;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void call_error_exit(void) { error(7, ENOENT, "failing %s", "on purpose"); }
static void call_err(void) { err(5, "err %d", 1); }
static void call_errx(void) { errx(6, "errx %d", 2); }

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    error(0, 0, "a message without errno");
    error(0, EACCES, "a message with errno %d", 13);
    RECORD("error.count", "%u", error_message_count);
    error_at_line(0, 0, "file.c", 10, "at a line");
    error_one_per_line = 1;
    error_at_line(0, 0, "file.c", 11, "once");
    error_at_line(0, 0, "file.c", 11, "twice (dropped)");
    error_at_line(0, 0, "file.c", 12, "another line");
    RECORD("error_at_line.count", "%u", error_message_count);
    RECORD("error.exit", "%d", exit_status(call_error_exit));
    errno = EPERM;
    warn("warn %s", "here");
    warnx("warnx %s", "here");
    RECORD("err.exit", "%d", exit_status(call_err));
    RECORD("errx.exit", "%d", exit_status(call_errx));
    return check_done();
}
