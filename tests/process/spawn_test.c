/* spawn_test.c - posix_spawn/posix_spawnp with file actions (stdout to a
 * pipe, stdin from a file, close, chdir) and attributes; errors; system()
 * and popen() without a shell in the guest file system.
 *   spawn_test DIR   (DIR holds exec_child.wasm, see exec_child.c) */
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

static size_t slurp(int fd, char *out, size_t size) {
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fd, out + n, size - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    return n;
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "/workspace/bin";
    char child[PATH_MAX], out[1024];
    snprintf(child, sizeof child, "%s/exec_child.wasm", dir);
    int st;
    pid_t pid;

    /* stdout redirected to a pipe */
    int p[2];
    CHECK(pipe(p) == 0);
    posix_spawn_file_actions_t fa;
    CHECK(posix_spawn_file_actions_init(&fa) == 0);
    CHECK(posix_spawn_file_actions_adddup2(&fa, p[1], 1) == 0);
    CHECK(posix_spawn_file_actions_addclose(&fa, p[0]) == 0);
    CHECK(posix_spawn_file_actions_addclose(&fa, p[1]) == 0);
    char *args1[] = {"exec_child", "--exit", "11", "spawned", 0};
    CHECK(posix_spawn(&pid, child, &fa, 0, args1, environ) == 0);
    CHECK(posix_spawn_file_actions_destroy(&fa) == 0);
    close(p[1]);
    slurp(p[0], out, sizeof out);
    close(p[0]);
    CHECK(strstr(out, "child argc=4 [--exit] [11] [spawned]") != NULL);
    CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 11);

    /* stdin from a file opened by a file action, stdout to a file, chdir */
    int fd = open("/tmp/spawn_in.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0 && write(fd, "line from file\n", 15) == 15);
    close(fd);
    CHECK(posix_spawn_file_actions_init(&fa) == 0);
    CHECK(posix_spawn_file_actions_addopen(&fa, 0, "/tmp/spawn_in.txt", O_RDONLY, 0) == 0);
    CHECK(posix_spawn_file_actions_addopen(&fa, 1, "/tmp/spawn_out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644) == 0);
    CHECK(posix_spawn_file_actions_addchdir_np(&fa, "/tmp") == 0);
    char *args2[] = {"exec_child", "--cat", "--pwd", 0};
    CHECK(posix_spawn(&pid, child, &fa, 0, args2, environ) == 0);
    posix_spawn_file_actions_destroy(&fa);
    CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    fd = open("/tmp/spawn_out.txt", O_RDONLY);
    CHECK(fd >= 0);
    slurp(fd, out, sizeof out);
    close(fd);
    CHECK(strstr(out, "line from file") != NULL);
    CHECK(strstr(out, "pwd /tmp") != NULL);

    /* attributes, posix_spawnp through PATH */
    posix_spawnattr_t at;
    CHECK(posix_spawnattr_init(&at) == 0);
    sigset_t mask;
    sigemptyset(&mask);
    CHECK(posix_spawnattr_setsigmask(&at, &mask) == 0);
    CHECK(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) == 0);
    short flags = 0;
    CHECK(posix_spawnattr_getflags(&at, &flags) == 0 && flags == (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));
    CHECK(posix_spawnattr_setflags(&at, 0x4000) == EINVAL);
    setenv("PATH", dir, 1);
    char *args3[] = {"exec_child", "--exit", "12", 0};
    CHECK(posix_spawnp(&pid, "exec_child.wasm", 0, &at, args3, environ) == 0);
    CHECK(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 12);
    posix_spawnattr_destroy(&at);

    /* errors come back from posix_spawn itself */
    CHECK(posix_spawn(&pid, "/no/such.wasm", 0, 0, args3, environ) == ENOENT);
    CHECK(posix_spawnp(&pid, "no-such-program", 0, 0, args3, environ) == ENOENT);
    CHECK(posix_spawn_file_actions_init(&fa) == 0);
    CHECK(posix_spawn_file_actions_addopen(&fa, 0, "/no/such/input", O_RDONLY, 0) == 0);
    CHECK(posix_spawn(&pid, child, &fa, 0, args3, environ) == ENOENT);
    posix_spawn_file_actions_destroy(&fa);
    CHECK(waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD);

    /* no /bin/sh in the guest: system() reports a shell exit of 127 */
    if (!system(NULL)) {
        st = system("echo hi");
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 127);
        errno = 0;
        CHECK(popen("echo hi", "r") == NULL && errno == ENOENT);
    }
    CHECK_DONE("spawn_test");
}
