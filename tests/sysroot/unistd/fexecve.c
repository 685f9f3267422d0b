/* fexecve(): the program starts itself through a descriptor of its own
 * file in a forked child whose stdout is a pipe; the new image prints its
 * arguments and an environment variable. A closed descriptor is EBADF. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

static int self_fd;

static void run_fexecve(void) {
    char *args[] = {"fexecve", "--child", "one", 0};
    char *envp[] = {"FEXECVE_VAR=set", 0};
    fexecve(self_fd, args, envp);
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--child")) {
        const char *v = getenv("FEXECVE_VAR");
        printf("argc=%d [%s] var=%s\n", argc - 1, argc > 2 ? argv[2] : "", v ? v : "(unset)");
        fflush(stdout);
        return 0;
    }
    check_scratch(argc, argv);
    self_fd = CALL_FD("open.self", open(check_self(), O_RDONLY | O_CLOEXEC));
    check_capture("fexecve", run_fexecve, NULL, 0);
    char *args[] = {"x", 0};
    char *envp[] = {0};
    CALL("fexecve.closed", fexecve(12345, args, envp));
    close(self_fd);
    return check_done();
}
