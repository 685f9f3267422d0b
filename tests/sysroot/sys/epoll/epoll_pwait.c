/* epoll_pwait(): its signal mask applies for the wait: a signal blocked and
 * pending before the call, unblocked by the call's mask, runs its handler
 * and the call fails with EINTR at once; the old mask is back afterwards.
 * With a descriptor ready, the call returns it and the signal stays pending
 * until the mask unblocks it. A null mask is epoll_wait. */
#include <signal.h>
#include <sys/epoll.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int fds[2];
    CHECK(pipe(fds) == 0);
    int ep = epoll_create1(0);
    struct epoll_event ev, out[2];
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev) == 0);

    sigset_t usr1, open_mask;
    check_usr1_pending(&open_mask);
    RECORD("before.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    long long t0 = check_now_ms();
    CALL("epoll_pwait.unblocking", epoll_pwait(ep, out, 2, 1000, &open_mask));
    RECORD("epoll_pwait.unblocking.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("epoll_pwait.unblocking.at_once", "%s", check_now_ms() - t0 < 900 ? "yes" : "no");
    RECORD("mask.restored", "%d", check_usr1_blocked());

    CALL("raise.held", raise(SIGUSR1));
    CALL("epoll_pwait.null_mask", epoll_pwait(ep, out, 2, 50, NULL));
    RECORD("epoll_pwait.null_mask.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    CALL("write", write(fds[1], "x", 1));
    CALL("epoll_pwait.ready", epoll_pwait(ep, out, 2, 1000, &open_mask));
    RECORD("epoll_pwait.ready.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    sigset_t pending;
    CHECK(sigpending(&pending) == 0);
    RECORD("epoll_pwait.ready.still_pending", "%d", sigismember(&pending, SIGUSR1));
    CALL("epoll_pwait.bad_fd", epoll_pwait(-1, out, 2, 0, NULL));
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    CHECK(sigprocmask(SIG_UNBLOCK, &usr1, NULL) == 0);
    RECORD("unblocked.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    return check_done();
}
