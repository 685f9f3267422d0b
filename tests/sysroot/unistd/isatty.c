/* isatty(): pipes, regular files and sockets are not terminals, and neither
 * are the test's own stdin/stdout/stderr, which the harness connects to
 * pipes and files (the runtime itself claims all three are terminals). */
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    int p[2];

    CALL("isatty.stdin", isatty(0));
    CALL("isatty.stdout", isatty(1));
    CALL("isatty.stderr", isatty(2));

    CHECK(pipe(p) == 0);
    CALL("isatty.pipe.read_end", isatty(p[0]));
    CALL("isatty.pipe.write_end", isatty(p[1]));
    /* a pipe moved onto stdout is still no terminal */
    int saved = dup(1);
    CHECK(saved >= 0);
    CHECK(dup2(p[1], 1) == 1);
    int on_stdout = isatty(1);
    CHECK(dup2(saved, 1) == 1);
    close(saved);
    RECORD("isatty.pipe_on_stdout", "%d", on_stdout);
    close(p[0]);
    close(p[1]);

    char path[512];
    snprintf(path, sizeof path, "%s/file", dir);
    int fd = CALL_FD("open.file", open(path, O_CREAT | O_RDWR | O_TRUNC, 0600));
    CALL("isatty.file", isatty(fd));
    close(fd);

    int s = CALL_FD("socket", socket(AF_INET, SOCK_STREAM, 0));
    CALL("isatty.socket", isatty(s));
    close(s);

    CALL("isatty.closed", isatty(fd));
    CALL("isatty.negative", isatty(-1));

    /* isatty returns 0 and sets errno: ENOTTY for a descriptor that is no
     * terminal, EBADF for one that is not open */
    CHECK(pipe(p) == 0);
    errno = 0;
    int r = isatty(p[0]);
    RECORD("isatty.pipe.errno", "%d %s", r, check_errno_name(errno));
    errno = 0;
    r = isatty(999);
    RECORD("isatty.closed.errno", "%d %s", r, check_errno_name(errno));
    close(p[0]);
    close(p[1]);
    return check_done();
}
