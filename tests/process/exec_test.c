/* exec_test.c - fork then exec of another guest binary from a mapped
 * directory; execv/execvp/execl/execlp/execle; close-on-exec honoured by
 * exec; exec errors (ENOENT, ENOEXEC) return to the caller.
 *   exec_test DIR   (DIR holds exec_child.wasm, see exec_child.c) */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static char child[PATH_MAX];

/* Run fn in a forked child whose stdout goes to a pipe; return the exit
 * status and put the output in out. */
static int capture(void (*fn)(void), char *out, size_t size) {
    int p[2];
    if (pipe(p) != 0) return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        fn();
        _exit(100 + errno);
    }
    close(p[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(p[0], out + n, size - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(p[0]);
    int status = -1;
    waitpid(pid, &status, 0);
    return status;
}

static void run_execv(void) {
    char *argv[] = {"exec_child", "--exit", "3", "one two", 0};
    execv(child, argv);
}
static void run_execve_env(void) {
    char *argv[] = {"exec_child", "--env", "GREETING", 0};
    char *envp[] = {"GREETING=hello there", 0};
    execve(child, argv, envp);
}
static void run_execl(void) { execl(child, "exec_child", "--exit", "4", (char *)0); }
static void run_execle(void) {
    char *envp[] = {"GREETING=from execle", 0};
    execle(child, "exec_child", "--env", "GREETING", (char *)0, envp);
}
static void run_execvp(void) {
    char *argv[] = {"exec_child.wasm", "--exit", "5", 0};
    execvp("exec_child.wasm", argv);
}
static void run_execlp(void) { execlp("exec_child.wasm", "exec_child", "--exit", "6", (char *)0); }
static int keep_fd, cloexec_fd;
static void run_cloexec(void) {
    char a[16], b[16];
    snprintf(a, sizeof a, "%d", keep_fd);
    snprintf(b, sizeof b, "%d", cloexec_fd);
    execl(child, "exec_child", "--fd", a, "--fd", b, (char *)0);
}
static void run_relative(void) {
    /* a relative path resolves against the cwd */
    execl("./exec_child.wasm", "exec_child", "--pwd", (char *)0);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "/workspace/bin";
    snprintf(child, sizeof child, "%s/exec_child.wasm", dir);
    char out[1024];
    int st;

    st = capture(run_execv, out, sizeof out);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
    CHECK(strstr(out, "child argc=4 [--exit] [3] [one two]") != NULL);

    st = capture(run_execve_env, out, sizeof out);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CHECK(strstr(out, "env GREETING=hello there") != NULL);

    st = capture(run_execl, out, sizeof out);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);

    st = capture(run_execle, out, sizeof out);
    CHECK(strstr(out, "env GREETING=from execle") != NULL);

    setenv("PATH", dir, 1);
    st = capture(run_execvp, out, sizeof out);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 5);
    st = capture(run_execlp, out, sizeof out);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 6);

    /* close-on-exec */
    int p[2];
    CHECK(pipe(p) == 0);
    keep_fd = p[0];
    cloexec_fd = fcntl(p[1], F_DUPFD_CLOEXEC, 0);
    CHECK(cloexec_fd > 0);
    st = capture(run_cloexec, out, sizeof out);
    char expect[64];
    snprintf(expect, sizeof expect, "fd %d open", keep_fd);
    CHECK(strstr(out, expect) != NULL);
    snprintf(expect, sizeof expect, "fd %d closed", cloexec_fd);
    CHECK(strstr(out, expect) != NULL);
    close(p[0]);
    close(p[1]);
    close(cloexec_fd);

    CHECK(chdir(dir) == 0);
    st = capture(run_relative, out, sizeof out);
    snprintf(expect, sizeof expect, "pwd %s", dir);
    CHECK(WIFEXITED(st) && strstr(out, expect) != NULL);

    /* failures return to the caller */
    char *args[] = {"x", 0};
    CHECK(execv("/no/such/program.wasm", args) == -1 && errno == ENOENT);
    CHECK(execvp("no-such-program", args) == -1 && errno == ENOENT);
    int fd = open("/tmp/not-a-module.wasm", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "text", 4) == 4);
    close(fd);
    CHECK(execv("/tmp/not-a-module.wasm", args) == -1 && errno == ENOEXEC);
    CHECK(execv("/tmp", args) == -1 && errno == EACCES);
    CHECK_DONE("exec_test");
}
