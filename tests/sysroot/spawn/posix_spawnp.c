/* posix_spawnp(): finds a name without a slash in PATH (this program's
 * directory: it starts itself, check_self) and passes the arguments; a
 * missing name is ENOENT, returned, with nothing started. Attributes:
 * setsigmask/getsigmask round trip, the signal mask the child starts with,
 * flags round trip, unknown flags EINVAL. */
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

/* The child: prints its arguments and whether SIGUSR1 is blocked. */
static int child_main(int argc, char **argv) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("argc=%d usr1_blocked=%d", argc - 1, sigismember(&cur, SIGUSR1));
    for (int i = 2; i < argc; ++i) printf(" [%s]", argv[i]);
    printf("\n");
    fflush(stdout);
    return argc > 2 ? atoi(argv[2]) : 0;
}

static void run(const char *name, const char *file, char *const args[], const posix_spawnattr_t *attr) {
    char key[96], out[256];
    int p[2];
    CHECK(pipe(p) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    posix_spawn_file_actions_addclose(&fa, p[0]);
    posix_spawn_file_actions_addclose(&fa, p[1]);
    pid_t pid = -1;
    int err = posix_spawnp(&pid, file, &fa, attr, args, environ);
    posix_spawn_file_actions_destroy(&fa);
    snprintf(key, sizeof key, "%s.spawnp", name);
    RECORD(key, "%s", check_errno_name(err));
    close(p[1]);
    check_read_all(p[0], out, sizeof out);
    close(p[0]);
    snprintf(key, sizeof key, "%s.child", name);
    RECORD(key, "%s", out);
    if (!err) {
        int st = 0;
        CHECK(waitpid(pid, &st, 0) == pid);
        snprintf(key, sizeof key, "%s.status", name);
        RECORD(key, "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    }
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--child")) return child_main(argc, argv);
    check_scratch(argc, argv);
    char dir[PATH_MAX], base[PATH_MAX];
    if (!check_self_parts(dir, sizeof dir, base, sizeof base)) return check_done();
    CHECK(setenv("PATH", dir, 1) == 0);

    char *args[] = {base, "--child", "12", "spawned", 0};
    run("path", base, args, NULL);

    posix_spawnattr_t at;
    CALL("attr.init", posix_spawnattr_init(&at));
    sigset_t mask, got;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR1);
    CALL("attr.setsigmask", posix_spawnattr_setsigmask(&at, &mask));
    sigemptyset(&got);
    CALL("attr.getsigmask", posix_spawnattr_getsigmask(&at, &got));
    RECORD("attr.getsigmask.usr1", "%d", sigismember(&got, SIGUSR1));
    CALL("attr.setflags", posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));
    short flags = 0;
    CALL("attr.getflags", posix_spawnattr_getflags(&at, &flags));
    RECORD("attr.getflags.value", "%s",
           flags == (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) ? "SETSIGMASK|SETSIGDEF" : "other");
    RECORD("attr.setflags.unknown", "%s", check_errno_name(posix_spawnattr_setflags(&at, 0x4000)));
    char *args2[] = {base, "--child", "13", 0};
    run("sigmask", base, args2, &at);
    CALL("attr.destroy", posix_spawnattr_destroy(&at));

    run("missing", "no-such-program-anywhere", args, NULL);
    CALL("no_children", waitpid(-1, NULL, WNOHANG));
    return check_done();
}
