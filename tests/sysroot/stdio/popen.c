/* popen()/pclose(): with a shell, the command's output is read and pclose
 * returns its wait status; without one (a WASIX guest has no /bin/sh)
 * popen fails with ENOENT; a bad mode is EINVAL. */
#include <stdio.h>
#include <sys/wait.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    errno = 0;
    FILE *f = popen("echo hi; exit 2", "r");
    RECORD("popen.read", "%s", f ? "stream" : check_errno_name(errno));
    if (f) {
        char line[32] = "";
        if (!fgets(line, sizeof line, f)) line[0] = 0;
        line[strcspn(line, "\n")] = 0;
        RECORD("popen.read.line", "%s", line);
        int st = pclose(f);
        RECORD("pclose.status", "exited=%d code=%d", WIFEXITED(st), WEXITSTATUS(st));
    }
    errno = 0;
    f = popen("true", "x");
    RECORD("popen.bad_mode", "%s", f ? "stream" : check_errno_name(errno));
    if (f) pclose(f);
    return check_done();
}
