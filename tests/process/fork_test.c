/* fork_test.c - fork, _exit, waitpid/wait/wait4/waitid, getpid/getppid,
 * pipes between parent and child in both directions, fork with a running
 * thread. */
#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static int global = 1;

static void *spin(void *arg) {
    volatile int *stop = arg;
    while (!*stop) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, 0);
    }
    return 0;
}

int main(void) {
    int status;
    pid_t self = getpid();
    CHECK(self > 0);

    /* memory is independent; exit code reaches waitpid */
    int *heap = malloc(sizeof *heap);
    *heap = 10;
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        global = 2;
        *heap = 20;
        _exit(getppid() == self ? 42 : 1);
    }
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 42);
    CHECK(global == 1 && *heap == 10);
    free(heap);

    /* several children, reaped with wait() in any order */
    int seen = 0;
    for (int i = 1; i <= 3; ++i) {
        pid_t c = fork();
        if (c == 0) _exit(i);
        CHECK(c > 0);
    }
    for (int i = 0; i < 3; ++i) {
        pid_t c = wait(&status);
        CHECK(c > 0 && WIFEXITED(status));
        seen |= 1 << WEXITSTATUS(status);
    }
    CHECK(seen == 0xe);
    CHECK(wait(&status) == -1 && errno == ECHILD);

    /* WNOHANG while the child runs; exit() flushes stdio in the child */
    int go[2];
    CHECK(pipe(go) == 0);
    pid = fork();
    if (pid == 0) {
        char c;
        close(go[1]);
        (void)!read(go[0], &c, 1);
        exit(7);
    }
    close(go[0]);
    CHECK(waitpid(pid, &status, WNOHANG) == 0);
    CHECK(write(go[1], "g", 1) == 1);
    close(go[1]);
    struct rusage ru;
    CHECK(wait4(pid, &status, 0, &ru) == pid && WEXITSTATUS(status) == 7);

    /* waitid */
    pid = fork();
    if (pid == 0) _exit(3);
    siginfo_t si;
    CHECK(waitid(P_PID, pid, &si, WEXITED) == 0);
    CHECK(si.si_pid == pid && si.si_code == CLD_EXITED && si.si_status == 3);

    /* a pipe in both directions: parent sends a number, child answers */
    int down[2], up[2];
    CHECK(pipe(down) == 0 && pipe(up) == 0);
    pid = fork();
    if (pid == 0) {
        close(down[1]);
        close(up[0]);
        int v = 0;
        if (read(down[0], &v, sizeof v) != sizeof v) _exit(1);
        v *= 2;
        if (write(up[1], &v, sizeof v) != sizeof v) _exit(2);
        char rest;
        /* EOF once the parent closes its end */
        _exit(read(down[0], &rest, 1) == 0 ? 0 : 3);
    }
    close(down[0]);
    close(up[1]);
    int v = 21;
    CHECK(write(down[1], &v, sizeof v) == sizeof v);
    CHECK(read(up[0], &v, sizeof v) == sizeof v && v == 42);
    close(down[1]);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char buf[4];
    CHECK(read(up[0], buf, sizeof buf) == 0);
    close(up[0]);

    /* fork while another thread runs: the child has only the forking thread */
    volatile int stop = 0;
    pthread_t t;
    CHECK(pthread_create(&t, 0, spin, (void *)&stop) == 0);
    pid = fork();
    if (pid == 0) _exit(global == 1 ? 9 : 8);
    CHECK(waitpid(pid, &status, 0) == pid && WEXITSTATUS(status) == 9);
    stop = 1;
    CHECK(pthread_join(t, 0) == 0);

    CHECK(waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD);
    CHECK_DONE("fork_test");
}
