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
    char dir[PATH_MAX];
    if (!check_self_parts(dir, sizeof dir, base, sizeof base)) return check_done();
    snprintf(self, sizeof self, "%s", check_self());

    setenv("OTHER", "not passed", 1);
    check_capture("execl", run_execl, NULL, 0);
    check_capture("execle", run_execle, NULL, 0);
    setenv("PATH", dir, 1);
    check_capture("execlp", run_execlp, NULL, 0);
    check_capture("execlp.missing", run_execlp_missing, NULL, 0);
    CALL("execl.missing", execl("/no/such/program", "x", (char *)0));
    return check_done();
}
