/* waitpid() and the other wait calls: only the caller's own unreaped
 * children can be waited for (not the caller itself, its parent, a
 * grandchild, an unknown pid or a child already reaped: ECHILD), WNOHANG on
 * a running child, exit statuses, bad options. Calls that would block for
 * ever if they were wrong run in a child the test kills after a deadline. */
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* A pid no process has: above Linux's largest pid_max (2^22). */
#define NO_SUCH_PID 2000000000

static const char *status_text(int st) {
    static char buf[48];
    if (WIFEXITED(st)) snprintf(buf, sizeof buf, "exited %d", WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) snprintf(buf, sizeof buf, "signaled %d", WTERMSIG(st));
    else if (WIFSTOPPED(st)) snprintf(buf, sizeof buf, "stopped %d", WSTOPSIG(st));
    else snprintf(buf, sizeof buf, "status %#x", st);
    return buf;
}

/* What a wait call returned, portably: "pid <status>" when it reaped the
 * child expected, "other <status>" for another pid, "0", or "-1 ERRNO". */
static void record_wait(const char *name, pid_t r, pid_t expected, int st) {
    if (r == -1) RECORD(name, "-1 %s", check_errno_name(errno));
    else if (r == 0) RECORD(name, "0");
    else RECORD(name, "%s %s", r == expected ? "pid" : "other", status_text(st));
}

/* A child that exits with code after ms milliseconds. */
static pid_t child_exiting(int code, long ms) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (ms) check_sleep_ms(ms);
        _exit(code);
    }
    CHECK(pid > 0);
    return pid;
}

/* waitpid(pid, WNOHANG) until it reports something or ms have passed (then 0). */
static pid_t wait_bounded(pid_t pid, int *st, long ms) {
    long long end = check_now_ms() + ms;
    for (;;) {
        pid_t r = waitpid(pid, st, WNOHANG);
        if (r != 0 || check_now_ms() >= end) return r;
        check_sleep_ms(20);
    }
}

/* The parent's half of IN_CHILD: "returned", or "hung" (then killed). */
static void finish_child(const char *name, pid_t pid, long ms) {
    int st = 0;
    pid_t r = wait_bounded(pid, &st, ms);
    if (r == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &st, 0);
        RECORD(name, "hung");
    } else {
        RECORD(name, "%s", r == pid ? "returned" : "lost");
    }
}

/* Runs body in a child that records its own lines and exits 0; the parent
 * waits at most ms for it. */
#define IN_CHILD(name, ms, body)           \
    do {                                   \
        fflush(stdout);                    \
        pid_t in_child_ = fork();          \
        if (in_child_ == 0) {              \
            body;                          \
            fflush(stdout);                \
            _exit(0);                      \
        }                                  \
        CHECK(in_child_ > 0);              \
        finish_child(name, in_child_, ms); \
    } while (0)

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int st = 0;
    pid_t pid, r;
    struct rusage ru;

    /* no children yet */
    CALL("waitpid.self.nohang", waitpid(getpid(), &st, WNOHANG));
    CALL("waitpid.any.nohang.none", waitpid(-1, &st, WNOHANG));
    CALL("waitpid.any.none", waitpid(-1, &st, 0));
    CALL("wait.none", wait(&st));
    CALL("waitpid.unknown.nohang", waitpid(NO_SUCH_PID, &st, WNOHANG));
    CALL("waitpid.unknown", waitpid(NO_SUCH_PID, &st, 0));
    CALL("waitpid.bad_options", waitpid(-1, &st, 0x100));
    IN_CHILD("waitpid.self.child", 10000, CALL("waitpid.self", waitpid(getpid(), &st, 0)));

    /* a child is reaped once */
    pid = child_exiting(3, 0);
    r = waitpid(pid, &st, 0);
    record_wait("waitpid.child", r, pid, st);
    r = waitpid(pid, &st, WNOHANG);
    record_wait("waitpid.child.again.nohang", r, pid, st);
    r = waitpid(pid, &st, 0);
    record_wait("waitpid.child.again", r, pid, st);
    r = waitpid(-1, &st, WNOHANG);
    record_wait("waitpid.any.after_reap", r, pid, st);

    /* reaped by "any child", then asked for by pid */
    pid = child_exiting(4, 0);
    r = wait(&st);
    record_wait("wait.child", r, pid, st);
    r = waitpid(pid, &st, WNOHANG);
    record_wait("waitpid.after_wait", r, pid, st);

    /* WNOHANG while the child runs, then its status */
    pid = child_exiting(5, 400);
    r = waitpid(pid, &st, WNOHANG);
    record_wait("waitpid.running.nohang", r, pid, st);
    r = wait_bounded(pid, &st, 20000);
    record_wait("waitpid.running.later", r, pid, st);

    /* wait3 and wait4 */
    pid = child_exiting(6, 0);
    r = wait3(&st, 0, &ru);
    record_wait("wait3.child", r, pid, st);
    pid = child_exiting(7, 0);
    r = wait4(pid, &st, 0, &ru);
    record_wait("wait4.child", r, pid, st);
    r = wait4(pid, &st, WNOHANG, &ru);
    record_wait("wait4.child.again", r, pid, st);
    pid = child_exiting(0, 0);
    r = waitpid(pid, NULL, 0);
    record_wait("waitpid.null_status", r, pid, 0);

    /* exit codes: WASIX keeps 0..78 (see known-differences.txt) */
    pid = child_exiting(78, 0);
    r = waitpid(pid, &st, 0);
    record_wait("waitpid.exit_78", r, pid, st);
    pid = child_exiting(200, 0);
    r = waitpid(pid, &st, 0);
    record_wait("waitpid.exit_200", r, pid, st);

    /* a grandchild is not a child */
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        pid_t g = fork();
        if (g == 0) {
            check_sleep_ms(500);
            _exit(8);
        }
        (void)!write(p[1], &g, sizeof g);
        waitpid(g, NULL, 0);
        _exit(0);
    }
    pid_t grandchild = -1;
    CHECK(read(p[0], &grandchild, sizeof grandchild) == (ssize_t)sizeof grandchild);
    close(p[0]);
    close(p[1]);
    CALL("waitpid.grandchild.nohang", waitpid(grandchild, &st, WNOHANG));
    CALL("waitpid.grandchild", waitpid(grandchild, &st, 0));
    r = wait_bounded(pid, &st, 20000);
    record_wait("waitpid.grandchild.parent", r, pid, st);

    /* a child cannot wait for its parent */
    IN_CHILD("waitpid.parent.child", 10000, {
        CALL("waitpid.parent.nohang", waitpid(getppid(), &st, WNOHANG));
        CALL("waitpid.parent", waitpid(getppid(), &st, 0));
    });

    /* everything was reaped */
    CALL("waitpid.any.end", waitpid(-1, &st, WNOHANG));
    return check_done();
}
