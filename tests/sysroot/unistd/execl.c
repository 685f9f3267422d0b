/* execl()/execle()/execlp(): the list forms pass their arguments (an empty
 * one too) to the new image, which is this program started again
 * (check_self); execle gives it exactly the environment passed; execlp
 * searches PATH for a name without a slash. */
#include <limits.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static int child_main(int argc, char **argv) {
    printf("argc=%d", argc - 1);
    for (int i = 2; i < argc; ++i) {
        if (!strcmp(argv[i], "--env") && i + 1 < argc) {
            const char *v = getenv(argv[++i]);
            printf(" %s=%s", argv[i], v ? v : "(unset)");
        } else {
            printf(" [%s]", argv[i]);
        }
    }
    printf("\n");
    fflush(stdout);
    return argc > 2 && !strcmp(argv[2], "--exit") ? atoi(argv[3]) : 0;
}

static char self[PATH_MAX], base[PATH_MAX];

static void capture(const char *name, void (*fn)(void)) {
    int p[2];
    char key[96], out[512];
    CHECK(pipe(p) == 0);
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
    while (n + 1 < sizeof out && (r = read(p[0], out + n, sizeof out - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    if (n && out[n - 1] == '\n') out[n - 1] = 0;
    close(p[0]);
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    snprintf(key, sizeof key, "%s.output", name);
    RECORD(key, "%s", out);
    snprintf(key, sizeof key, "%s.status", name);
    if (WIFEXITED(status) && WEXITSTATUS(status) >= 100)
        RECORD(key, "exec failed %s", check_errno_name(WEXITSTATUS(status) - 100));
    else
        RECORD(key, "exited=%d code=%d", WIFEXITED(status), WEXITSTATUS(status));
}

static void run_execl(void) { execl(self, self, "--child", "--exit", "4", "", "last", (char *)0); }
static void run_execle(void) {
    char *envp[] = {"GREETING=from execle", 0};
    execle(self, self, "--child", "--env", "GREETING", "--env", "OTHER", (char *)0, envp);
}
static void run_execlp(void) { execlp(base, base, "--child", "--exit", "6", (char *)0); }
static void run_execlp_missing(void) { execlp("no-such-program-anywhere", "x", (char *)0); }

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--child")) return child_main(argc, argv);
    check_scratch(argc, argv);
    if (!check_self()) {
        printf("CHECK FAILED the harness gave no program path (argv[3])\n");
        return 1;
    }
    snprintf(self, sizeof self, "%s", check_self());
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", self);
    char *slash = strrchr(dir, '/');
    CHECK(slash != NULL);
    if (!slash) return check_done();
    *slash = 0;
    snprintf(base, sizeof base, "%s", slash + 1);

    setenv("OTHER", "not passed", 1);
    capture("execl", run_execl);
    capture("execle", run_execle);
    setenv("PATH", dir, 1);
    capture("execlp", run_execlp);
    capture("execlp.missing", run_execlp_missing);
    CALL("execl.missing", execl("/no/such/program", "x", (char *)0));
    return check_done();
}
