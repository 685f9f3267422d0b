/* epoll_pwait(): its signal mask applies for the wait: a signal blocked and
 * pending before the call, unblocked by the call's mask, runs its handler
 * and the call fails with EINTR at once; the old mask is back afterwards.
 * A null mask is epoll_wait. */
#include <signal.h>
#include <sys/epoll.h>

#include "check.h"

static volatile sig_atomic_t hits;
static void on_usr1(int sig) {
    (void)sig;
    hits++;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    int fds[2];
    CHECK(pipe(fds) == 0);
    int ep = epoll_create1(0);
    struct epoll_event ev, out[2];
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev) == 0);

    sigset_t usr1, open_mask, cur;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &usr1, NULL) == 0);
    CALL("raise.blocked", raise(SIGUSR1));
    RECORD("before.hits", "%d", (int)hits);
    sigprocmask(SIG_BLOCK, NULL, &open_mask);
    sigdelset(&open_mask, SIGUSR1);
    long long t0 = check_now_ms();
    CALL("epoll_pwait.unblocking", epoll_pwait(ep, out, 2, 1000, &open_mask));
    RECORD("epoll_pwait.unblocking.hits", "%d", (int)hits);
    RECORD("epoll_pwait.unblocking.at_once", "%s", check_now_ms() - t0 < 900 ? "yes" : "no");
    sigprocmask(SIG_BLOCK, NULL, &cur);
    RECORD("mask.restored", "%d", sigismember(&cur, SIGUSR1));

    CALL("raise.held", raise(SIGUSR1));
    CALL("epoll_pwait.null_mask", epoll_pwait(ep, out, 2, 50, NULL));
    RECORD("epoll_pwait.null_mask.hits", "%d", (int)hits);
    CALL("write", write(fds[1], "x", 1));
    CALL("epoll_pwait.ready", epoll_pwait(ep, out, 2, 1000, &open_mask));
    CALL("epoll_pwait.bad_fd", epoll_pwait(-1, out, 2, 0, NULL));
    CHECK(sigprocmask(SIG_UNBLOCK, &usr1, NULL) == 0);
    RECORD("unblocked.hits", "%d", (int)hits);
    return check_done();
}
