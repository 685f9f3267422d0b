/* fd_test.c - pipe, pipe2, dup, dup2, dup3, fcntl, isatty. */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "check.h"

int main(void) {
    int p[2];
    char buf[64];

    /* pipe: write end to read end, EOF once the writer is closed */
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "hello", 5) == 5);
    CHECK(read(p[0], buf, sizeof buf) == 5 && memcmp(buf, "hello", 5) == 0);
    CHECK(close(p[1]) == 0);
    CHECK(read(p[0], buf, sizeof buf) == 0);
    CHECK(close(p[0]) == 0);

    /* pipe2(O_NONBLOCK): empty read gives EAGAIN; flags visible in F_GETFL */
    CHECK(pipe2(p, O_NONBLOCK | O_CLOEXEC) == 0);
    CHECK((fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0);
    CHECK(fcntl(p[0], F_GETFD) == FD_CLOEXEC);
    errno = 0;
    CHECK(read(p[0], buf, sizeof buf) == -1 && (errno == EAGAIN || errno == EWOULDBLOCK));
    CHECK(fcntl(p[0], F_SETFL, 0) == 0);
    CHECK((fcntl(p[0], F_GETFL) & O_NONBLOCK) == 0);
    CHECK(fcntl(p[0], F_SETFD, 0) == 0);
    CHECK(fcntl(p[0], F_GETFD) == 0);
    CHECK(pipe2(p, 12345678) == -1 && errno == EINVAL);
    close(p[0]);
    close(p[1]);

    /* dup / dup2 of stdout into a pipe */
    CHECK(pipe(p) == 0);
    int saved = dup(1);
    CHECK(saved > 2);
    CHECK(dup2(p[1], 1) == 1);
    CHECK(write(1, "via stdout", 10) == 10);
    CHECK(dup2(saved, 1) == 1);
    CHECK(read(p[0], buf, sizeof buf) == 10 && memcmp(buf, "via stdout", 10) == 0);
    CHECK(close(saved) == 0);
    CHECK(dup2(p[0], p[0]) == p[0]);
    CHECK(dup2(1000, 20) == -1 && errno == EBADF);
    CHECK(dup3(p[0], p[0], 0) == -1 && errno == EINVAL);
    int d3 = dup3(p[0], 40, O_CLOEXEC);
    CHECK(d3 == 40);
    CHECK(fcntl(40, F_GETFD) == FD_CLOEXEC);
    CHECK(close(40) == 0);
    /* the mark does not outlive the descriptor */
    CHECK(dup2(p[0], 40) == 40 && fcntl(40, F_GETFD) == 0);
    CHECK(close(40) == 0);
    CHECK(close(40) == -1 && errno == EBADF);

    /* fcntl F_DUPFD: lowest free descriptor >= arg */
    int d = fcntl(p[1], F_DUPFD, 30);
    CHECK(d >= 30);
    CHECK(fcntl(d, F_GETFD) == 0);
    int d2 = fcntl(p[1], F_DUPFD_CLOEXEC, 30);
    CHECK(d2 > d);
    CHECK(fcntl(d2, F_GETFD) == FD_CLOEXEC);
    CHECK(write(d2, "x", 1) == 1 && read(p[0], buf, 1) == 1 && buf[0] == 'x');
    CHECK(fcntl(d, F_GETFL) >= 0);
    CHECK(fcntl(12345, F_GETFD) == -1 && errno == EBADF);
    CHECK(fcntl(d, 9999) == -1 && errno == EINVAL);
    close(d);
    close(d2);

    /* a pipe is not a terminal */
    errno = 0;
    CHECK(isatty(p[0]) == 0 && errno == ENOTTY);
    CHECK(isatty(999) == 0 && errno == EBADF);
    struct winsize ws;
    CHECK(ioctl(p[0], TIOCGWINSZ, &ws) == -1);
    int avail = -1;
    CHECK(write(p[1], "abc", 3) == 3);
    CHECK(ioctl(p[0], FIONREAD, &avail) == 0 && avail == 3);
    close(p[0]);
    close(p[1]);
    CHECK_DONE("fd_test");
}
