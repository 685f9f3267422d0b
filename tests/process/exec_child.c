/* exec_child.c - the program that exec_test and spawn_test start: prints
 * its arguments, one environment variable and what it reads on stdin when
 * asked, checks inherited descriptors, and exits with a requested code.
 *   exec_child [--exit N] [--env NAME] [--cat] [--fd N] [--pwd] [ARGS...] */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    int code = 0;
    printf("child argc=%d", argc);
    for (int i = 1; i < argc; ++i) printf(" [%s]", argv[i]);
    printf("\n");
    for (int i = 1; i < argc; ++i) {
        if (!strcmp(argv[i], "--exit") && i + 1 < argc) {
            code = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--env") && i + 1 < argc) {
            const char *v = getenv(argv[++i]);
            printf("env %s=%s\n", argv[i], v ? v : "(unset)");
        } else if (!strcmp(argv[i], "--cat")) {
            char buf[256];
            size_t n;
            while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, stdout);
        } else if (!strcmp(argv[i], "--fd") && i + 1 < argc) {
            int fd = atoi(argv[++i]);
            printf("fd %d %s\n", fd, fcntl(fd, F_GETFD) >= 0 ? "open" : "closed");
        } else if (!strcmp(argv[i], "--pwd")) {
            char buf[512];
            printf("pwd %s\n", getcwd(buf, sizeof buf) ? buf : "?");
        }
    }
    fflush(stdout);
    return code;
}
