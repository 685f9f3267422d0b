/* system(): with a shell, system(NULL) is nonzero and a command's exit
 * status comes back as a wait status; without one (a WASIX guest has no
 * /bin/sh) system(NULL) is 0 and a command reports a shell exit of 127. */
#include <stdlib.h>
#include <sys/wait.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("system.null", "%s", system(NULL) ? "shell" : "no shell");
    fflush(stdout);
    int st = system("exit 3");
    RECORD("system.exit3", "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    return check_done();
}
