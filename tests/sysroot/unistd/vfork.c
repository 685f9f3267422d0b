/* vfork(): the child runs in the parent's memory until it calls _exit or an
 * exec succeeds, and the parent then returns with the child's pid. The
 * child has its own pid, descriptors and signal actions: what it closes or
 * changes there stays its own. */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static volatile int shared;
static volatile pid_t seen_by_child;

static void on_usr1(int sig) { (void)sig; }

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--child") == 0) {
        /* the exec'd program: writes to the pipe it was given as stdout */
        printf("exec'd with %s\n", argc > 2 ? argv[2] : "nothing");
        return 5;
    }
    check_scratch(argc, argv);
    pid_t self = getpid();

    /* _exit: the parent resumes with the child's pid; the child wrote the
     * parent's memory and ran with a pid of its own */
    pid_t pid = vfork();
    if (pid == 0) {
        shared = 42;
        seen_by_child = getpid();
        _exit(7);
    }
    RECORD("exit.returned", "%s", pid > 0 ? "pid" : "failed");
    RECORD("exit.child_pid_matches", "%d", seen_by_child == pid);
    RECORD("exit.child_pid_not_parent", "%d", seen_by_child != self);
    RECORD("exit.shared_write", "%d", shared);
    RECORD("exit.parent_pid_after", "%d", getpid() == self);
    check_record_status("exit.status", pid);

    /* exec: the new program's output through a pipe, its status */
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid = vfork();
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        char *const args[] = {(char *)check_self(), "--child", "vfork", NULL};
        execv(check_self(), args);
        _exit(126);
    }
    close(p[1]);
    char out[128];
    check_read_all(p[0], out, sizeof out);
    close(p[0]);
    RECORD("exec.output", "%s", out);
    check_record_status("exec.status", pid);
    /* the child's dup2 onto 1 was its own: ours still writes here */
    RECORD("exec.stdout_kept", "%d", write(1, "", 0) == 0);

    /* a failed exec returns to the child, which exits */
    shared = 0;
    pid = vfork();
    if (pid == 0) {
        char *const args[] = {"missing", NULL};
        execv("/no/such/program.wasm", args);
        shared = errno;
        _exit(9); /* (statuses of 80 and more read back as 79 under WASIX) */
    }
    RECORD("exec_missing.errno", "%s", check_errno_name(shared));
    check_record_status("exec_missing.status", pid);

    /* the child closes a descriptor and ignores a signal: the parent's
     * descriptor and handler are untouched */
    int q[2];
    CHECK(pipe(q) == 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    pid = vfork();
    if (pid == 0) {
        close(q[0]);
        close(q[1]);
        signal(SIGUSR1, SIG_IGN);
        _exit(0);
    }
    check_record_status("own.status", pid);
    CALL("own.write_after", write(q[1], "x", 1));
    char c = 0;
    CALL("own.read_after", read(q[0], &c, 1));
    struct sigaction now;
    sigaction(SIGUSR1, NULL, &now);
    RECORD("own.handler_after", "%s", now.sa_handler == on_usr1 ? "ours" : "changed");
    return check_done();
}
