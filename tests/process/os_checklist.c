/* os_checklist.c - what Gerbil's std/os library (../shared/seeds/004) needs
 * from the libc: every function is called once and every constant checked
 * (os_checklist_constants.h). The process-model parts (error, fd, fdio,
 * fcntl, pipe, signal, signalfd, pid, inotify) must all be there; a missing
 * socket/epoll constant is reported but does not fail here (tests/net owns
 * those). inotify fails with ENOSYS; kqueue is BSD-only and not provided. */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "check.h"

static int seen_count, missing_strict, missing_other;

static void seen(const char *name, long long value) {
    (void)name;
    (void)value;
    seen_count++;
}

static void missing(const char *name, int strict) {
    printf("%s constant %s\n", strict ? "MISSING" : "missing (not a process-model constant)", name);
    if (strict) missing_strict++;
    else missing_other++;
}

#include "os_checklist_constants.h"

int main(void) {
    constants_process();
    constants_socket();
    constants_epoll();
    printf("constants: %d present, %d missing (process model), %d missing (other)\n", seen_count, missing_strict,
           missing_other);
    CHECK(missing_strict == 0);

    /* std/os/error: strerror, EAGAIN from a non-blocking read, EWOULDBLOCK */
    CHECK(strerror(EAGAIN) != NULL && strerror(EINTR) != NULL);
    CHECK(EWOULDBLOCK == EAGAIN);

    /* std/os/pipe, fcntl: fd-getfl/setfl, fd-set-nonblock, fd-set-closeonexec */
    int p[2];
    CHECK(pipe(p) == 0);
    int fl = fcntl(p[0], F_GETFL);
    CHECK(fl >= 0);
    CHECK(fcntl(p[0], F_SETFL, fl | O_NONBLOCK) == 0);
    CHECK(fcntl(p[0], F_GETFL) & O_NONBLOCK);
    CHECK(fcntl(p[0], F_SETFD, FD_CLOEXEC) == 0 && fcntl(p[0], F_GETFD) == FD_CLOEXEC);
    char buf[256];
    CHECK(read(p[0], buf, 1) == -1 && errno == EAGAIN); /* do-retry-nonblock */
    int d = fcntl(p[1], F_DUPFD, 0);
    CHECK(d >= 0);
    close(d);

    /* std/os/fdio: open, read, write; std/os/fd: fdopen, fd-type */
    int fd = open("/tmp/os_checklist.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "data", 4) == 4);
    CHECK(lseek(fd, 0, SEEK_SET) == 0 && read(fd, buf, 4) == 4 && memcmp(buf, "data", 4) == 0);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && S_ISREG(st.st_mode));
    CHECK(fstat(p[0], &st) == 0 && !S_ISREG(st.st_mode));
    FILE *f = fdopen(fd, "r");
    CHECK(f != NULL);
    fclose(f);

    /* std/os/signal: kill, sigprocmask, sigset operations */
    sigset_t set, old;
    CHECK(sigemptyset(&set) == 0 && sigfillset(&set) == 0 && sigdelset(&set, SIGINT) == 0);
    CHECK(sigismember(&set, SIGINT) == 0 && sigismember(&set, SIGTERM) == 1);
    CHECK(sigemptyset(&set) == 0 && sigaddset(&set, SIGUSR1) == 0);
    CHECK(sigprocmask(SIG_BLOCK, &set, &old) == 0);

    /* std/os/signalfd + signal-handler: blocked signals read from a signalfd */
    int sfd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    CHECK(sfd >= 0);
    struct signalfd_siginfo si;
    CHECK(read(sfd, &si, sizeof si) == -1 && errno == EAGAIN);
    CHECK(kill(getpid(), SIGUSR1) == 0);
    CHECK(read(sfd, &si, sizeof si) == sizeof si && si.ssi_signo == SIGUSR1);
    CHECK(sizeof si == 128);
    CHECK(signalfd(sfd, &set, 0) == sfd);
    close(sfd);
    CHECK(sigprocmask(SIG_SETMASK, &old, 0) == 0);

    /* std/os/pid */
    CHECK(getpid() > 0);
    CHECK(getppid() >= 0);

    /* std/os/epoll (the network layer's): a readable pipe is reported */
    int ep = epoll_create1(0);
    CHECK(ep >= 0);
    struct epoll_event ev = {0}, out[2];
    ev.events = EPOLLIN;
    ev.data.fd = p[0];
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) == 0);
    CHECK(write(p[1], "x", 1) == 1);
    CHECK(epoll_wait(ep, out, 2, 1000) == 1 && (out[0].events & EPOLLIN) && out[0].data.fd == p[0]);
    close(ep);
    close(p[0]);
    close(p[1]);

    /* std/os/inotify: not expressible in WASIX */
    errno = 0;
    CHECK(inotify_init() == -1 && errno == ENOSYS);
    CHECK(inotify_init1(IN_NONBLOCK) == -1 && errno == ENOSYS);
    CHECK(inotify_add_watch(0, "/tmp", IN_ALL_EVENTS) == -1 && errno == ENOSYS);
    CHECK(inotify_rm_watch(0, 1) == -1 && errno == ENOSYS);

    /* dlopen fails cleanly with a message */
    CHECK(dlopen("libfoo.so", RTLD_NOW) == NULL);
    const char *msg = dlerror();
    CHECK(msg != NULL && strstr(msg, "not supported") != NULL);
    CHECK(dlerror() == NULL);
    CHECK(dlsym(RTLD_DEFAULT, "main") == NULL && dlerror() != NULL);

    CHECK_DONE("os_checklist");
}
