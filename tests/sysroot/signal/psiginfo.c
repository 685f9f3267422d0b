/* psiginfo(): the signal's description, then who sent it (kill(),
 * sigqueue(), the kernel; another code by number) with pid and uid, on
 * stderr (redirected into a file and read back); an unknown signal number
 * is named so. */
#include <signal.h>

#include "check.h"

static int err_fd, saved_err;

static void capture(const char *name, const siginfo_t *si, const char *msg) {
    char buf[256];
    fflush(stderr);
    saved_err = dup(2);
    CHECK(ftruncate(err_fd, 0) == 0);
    CHECK(lseek(err_fd, 0, SEEK_SET) == 0);
    CHECK(dup2(err_fd, 2) == 2);
    psiginfo(si, msg);
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
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR1;
    si.si_code = SI_USER;
    si.si_pid = 123;
    si.si_uid = 7;
    capture("psiginfo.kill", &si, "msg");
    si.si_code = SI_QUEUE;
    capture("psiginfo.sigqueue", &si, NULL);
    si.si_code = SI_KERNEL;
    capture("psiginfo.kernel", &si, "");
    si.si_code = SI_TKILL;
    capture("psiginfo.tkill", &si, "t");
    si.si_code = 5;
    capture("psiginfo.other_code", &si, "o");
    si.si_signo = 200;
    si.si_code = SI_USER;
    capture("psiginfo.unknown_signal", &si, "u");
    close(err_fd);
    return check_done();
}
