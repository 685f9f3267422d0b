/* fork(): the child gets a copy of memory (its writes do not reach the
 * parent), its own pid with the parent as getppid(), the parent's
 * descriptors (pipes in both directions, EOF once the other side closes),
 * and only the forking thread; its exit status reaches waitpid. Threads
 * create and join in the child and in the parent after a fork (under WASIX
 * the parent keeps the worker of its ended thread parked for the next
 * thread; the child has no such worker). */
#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static int global = 1;

static void *spin(void *arg) {
    volatile int *stop = arg;
    for (int i = 0; !*stop && i < 20000; ++i) check_sleep_ms(1);
    return 0;
}

static void *seven(void *arg) { return (char *)arg + 7; }

static long create_join_seven(void) {
    pthread_t t;
    void *r = NULL;
    if (pthread_create(&t, 0, seven, NULL) != 0 || pthread_join(t, &r) != 0) return -1;
    return (long)r;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pid_t self = getpid();
    RECORD("getpid.positive", "%s", self > 0 ? "yes" : "no");

    /* memory is copied: the child's writes to a global and to the heap stay
     * in the child; it sees the parent as getppid() and a pid of its own */
    int *heap = malloc(sizeof *heap);
    *heap = 10;
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        global = 2;
        *heap = 20;
        _exit(getppid() != self ? 1 : getpid() == self ? 2 : 42);
    }
    RECORD("fork.pid_differs", "%s", pid != self ? "yes" : "no");
    check_record_status("child.ppid_and_pid", pid);
    RECORD("parent.global", "%d", global);
    RECORD("parent.heap", "%d", *heap);
    free(heap);

    /* a pipe in both directions: the parent sends a number, the child
     * doubles it, then sees EOF once the parent closes its end */
    int down[2], up[2];
    CHECK(pipe(down) == 0 && pipe(up) == 0);
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        close(down[1]);
        close(up[0]);
        int v = 0;
        if (read(down[0], &v, sizeof v) != sizeof v) _exit(1);
        v *= 2;
        if (write(up[1], &v, sizeof v) != sizeof v) _exit(2);
        char rest;
        _exit(read(down[0], &rest, 1) == 0 ? 0 : 3);
    }
    close(down[0]);
    close(up[1]);
    int v = 21;
    CALL("pipe.write_down", write(down[1], &v, sizeof v));
    v = 0;
    CALL("pipe.read_up", read(up[0], &v, sizeof v));
    RECORD("pipe.answer", "%d", v);
    close(down[1]);
    check_record_status("pipe.child", pid);
    char buf[4];
    CALL("pipe.read_up.eof", read(up[0], buf, sizeof buf));
    close(up[0]);

    /* fork while another thread runs: the child has only the forking thread
     * and the parent's memory as it was */
    volatile int stop = 0;
    pthread_t t;
    CHECK(pthread_create(&t, 0, spin, (void *)&stop) == 0);
    fflush(stdout);
    pid = fork();
    if (pid == 0) _exit(global == 1 ? 9 : 8);
    check_record_status("with_thread.child", pid);
    stop = 1;
    CALL("with_thread.join", pthread_join(t, 0));

    /* threads after a fork, in the child and in the parent */
    fflush(stdout);
    pid = fork();
    if (pid == 0) _exit((int)(create_join_seven() + create_join_seven()));
    check_record_status("threads_after_fork.child", pid);
    RECORD("threads_after_fork.parent", "%ld", create_join_seven());

    /* every child was reaped */
    CALL("no_children", waitpid(-1, NULL, WNOHANG));
    return check_done();
}
