/* sh.c - the /bin/sh of the Lua port's test: `sh -c "WORD..."` splits the
 * command at blanks and execs WORD in /bin (no quoting, no operators); the one
 * built-in is `exit [N]`. It stands in for a real shell, which the runtime
 * does not have, so that Lua's os.execute and io.popen (system and popen:
 * posix_spawn of /bin/sh) can run. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 3 || strcmp(argv[1], "-c") != 0) {
        fprintf(stderr, "sh: usage: sh -c COMMAND\n");
        return 2;
    }
    char *words[64];
    int n = 0;
    for (char *w = strtok(argv[2], " \t\n"); w && n < 63; w = strtok(NULL, " \t\n")) words[n++] = w;
    words[n] = NULL;
    if (n == 0) return 0;
    if (strcmp(words[0], "exit") == 0) return n > 1 ? atoi(words[1]) : 0;
    char path[256];
    snprintf(path, sizeof path, "%s%s", strchr(words[0], '/') ? "" : "/bin/", words[0]);
    execv(path, words);
    fprintf(stderr, "sh: %s: %s\n", words[0], strerror(errno));
    return errno == ENOENT ? 127 : 126;
}
