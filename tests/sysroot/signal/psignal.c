/* psignal(): "msg: description" on stderr, the description alone for a
 * null or empty message (stderr is redirected into a file and read
 * back). */
#include <signal.h>

#include "check.h"

static int err_fd, saved_err;

static void capture_begin(void) {
    fflush(stderr);
    saved_err = dup(2);
    CHECK(ftruncate(err_fd, 0) == 0);
    CHECK(lseek(err_fd, 0, SEEK_SET) == 0);
    CHECK(dup2(err_fd, 2) == 2);
}

static void capture_end(const char *name) {
    char buf[256];
    fflush(stderr);
    dup2(saved_err, 2);
    close(saved_err);
    CHECK(lseek(err_fd, 0, SEEK_SET) == 0);
    ssize_t n = read(err_fd, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    for (char *c = buf; *c; c++)
        if (*c == '\n') *c = '|';
    RECORD(name, "%s", buf);
}

int main(int argc, char **argv) {
    const char *dir = check_scratch(argc, argv);
    char path[512];
    snprintf(path, sizeof path, "%s/stderr.txt", dir);
    err_fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    CHECK(err_fd >= 0);
    capture_begin();
    psignal(SIGUSR1, "msg");
    capture_end("psignal.usr1");
    capture_begin();
    psignal(SIGINT, NULL);
    capture_end("psignal.null_msg");
    capture_begin();
    psignal(SIGTERM, "");
    capture_end("psignal.empty_msg");
    close(err_fd);
    return check_done();
}
