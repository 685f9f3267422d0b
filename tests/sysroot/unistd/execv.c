/* execv()/execve(): the program starts itself (check_self) in a forked
 * child whose stdout is a pipe; the new image reports its arguments, an
 * environment variable, which descriptors it inherited (close-on-exec ones
 * are gone), which signals it starts with ignored (ignored ones stay
 * ignored, caught ones are reset to the default) and its working
 * directory, and exits with a code the parent sees. A relative path
 * resolves against the working directory. */
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* The new image: prints what it got, one line, exits with --exit N. */
static int child_main(int argc, char **argv) {
    int code = 0;
    char line[512];
    size_t n = (size_t)snprintf(line, sizeof line, "argc=%d", argc - 1);
    for (int i = 2; i < argc && n < sizeof line; ++i) {
        if (!strcmp(argv[i], "--exit") && i + 1 < argc) {
            code = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--env") && i + 1 < argc) {
            const char *v = getenv(argv[++i]);
            n += (size_t)snprintf(line + n, sizeof line - n, " %s=%s", argv[i], v ? v : "(unset)");
        } else if (!strcmp(argv[i], "--fd") && i + 1 < argc) {
            int fd = atoi(argv[++i]);
            n += (size_t)snprintf(line + n, sizeof line - n, " fd%s", fcntl(fd, F_GETFD) >= 0 ? "open" : "closed");
        } else if (!strcmp(argv[i], "--sig") && i + 1 < argc) {
            struct sigaction sa;
            int sig = atoi(argv[++i]);
            const char *what = sigaction(sig, NULL, &sa) != 0 ? "?"
                               : sa.sa_handler == SIG_IGN ? "ign"
                               : sa.sa_handler == SIG_DFL ? "dfl"
                                                          : "caught";
            n += (size_t)snprintf(line + n, sizeof line - n, " sig%d=%s", sig, what);
        } else if (!strcmp(argv[i], "--pwd")) {
            char buf[PATH_MAX];
            n += (size_t)snprintf(line + n, sizeof line - n, " pwd=%s", getcwd(buf, sizeof buf) ? buf : "?");
        } else {
            n += (size_t)snprintf(line + n, sizeof line - n, " [%s]", argv[i]);
        }
    }
    printf("%s\n", line);
    fflush(stdout);
    return code;
}

static char self[PATH_MAX];

static void run_execv(void) {
    char *argv[] = {self, "--child", "--exit", "3", "one two", "", 0};
    execv(self, argv);
}
static void run_execve_env(void) {
    char *argv[] = {self, "--child", "--env", "GREETING", "--env", "HOME", 0};
    char *envp[] = {"GREETING=hello there", 0};
    execve(self, argv, envp);
}
static void run_execv_inherits_env(void) {
    char *argv[] = {self, "--child", "--env", "EXEC_TEST_VAR", 0};
    execv(self, argv);
}
static int keep_fd, cloexec_fd;
static void run_cloexec(void) {
    char a[16], b[16];
    snprintf(a, sizeof a, "%d", keep_fd);
    snprintf(b, sizeof b, "%d", cloexec_fd);
    char *argv[] = {self, "--child", "--fd", a, "--fd", b, 0};
    execv(self, argv);
}
static void run_signals(void) {
    char a[8], b[8], c[8];
    snprintf(a, sizeof a, "%d", SIGUSR1);
    snprintf(b, sizeof b, "%d", SIGUSR2);
    snprintf(c, sizeof c, "%d", SIGPIPE);
    char *argv[] = {self, "--child", "--sig", a, "--sig", b, "--sig", c, "--env", "WASIX_SIG_IGN", 0};
    execv(self, argv);
}
static void on_usr2(int sig) { (void)sig; }
static char relative[PATH_MAX];
static void run_relative(void) {
    char *argv[] = {relative, "--child", "--pwd", 0};
    execv(relative, argv);
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--child")) return child_main(argc, argv);
    check_scratch(argc, argv);
    char dir[PATH_MAX], name[PATH_MAX];
    if (!check_self_parts(dir, sizeof dir, name, sizeof name)) return check_done();
    snprintf(self, sizeof self, "%s", check_self());

    check_capture("execv", run_execv, NULL, 0);
    check_capture("execve.env", run_execve_env, NULL, 0);
    setenv("EXEC_TEST_VAR", "inherited", 1);
    check_capture("execv.inherits_env", run_execv_inherits_env, NULL, 0);

    int p[2];
    CHECK(pipe(p) == 0);
    keep_fd = p[0];
    cloexec_fd = fcntl(p[1], F_DUPFD_CLOEXEC, 0);
    CHECK(cloexec_fd > 0);
    check_capture("execv.cloexec", run_cloexec, NULL, 0);
    close(p[0]);
    close(p[1]);
    close(cloexec_fd);

    /* SIGUSR1 ignored, SIGUSR2 caught, SIGPIPE default */
    signal(SIGUSR1, SIG_IGN);
    signal(SIGUSR2, on_usr2);
    check_capture("execv.signals", run_signals, NULL, 0);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);

    /* ./<name> from the program's directory */
    snprintf(relative, sizeof relative, "./%s", name);
    CHECK(chdir(dir) == 0);
    char cwd[PATH_MAX], out[512], want[PATH_MAX + 32];
    check_capture("execv.relative", run_relative, out, sizeof out);
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    snprintf(want, sizeof want, "argc=2 pwd=%s", cwd);
    RECORD("execv.relative.output", "%s", !strcmp(out, want) ? "argc=2 pwd=<program dir>" : out);

    char *args[] = {"x", 0};
    CALL("execv.missing", execv("/no/such/program", args));
    CALL("execv.directory", execv("/", args));
    CALL("execv.empty_path", execv("", args));
    CALL("no_children", waitpid(-1, NULL, WNOHANG));
    return check_done();
}
