/* ppoll, pselect and epoll_pwait apply their signal mask for the wait: a
 * signal blocked and pending before the call, unblocked by the call's mask,
 * runs its handler and the call fails with EINTR at once; the old mask is
 * back afterwards. A null mask changes nothing. */
#define _GNU_SOURCE 1
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>

#include "nettest.h"

static volatile sig_atomic_t hits;
static void on_usr1(int sig) { (void)sig; hits++; }

static void block_and_raise(sigset_t* unblocked) {
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, NULL);
    raise(SIGUSR1);  /* held: blocked */
    sigprocmask(SIG_BLOCK, NULL, unblocked);
    sigdelset(unblocked, SIGUSR1);
}

static int usr1_blocked(void) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, SIGUSR1);
}

int main(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    REQUIRE(sigaction(SIGUSR1, &sa, NULL) == 0);
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    sigset_t open_mask;

    block_and_raise(&open_mask);
    CHECK(hits == 0);
    struct pollfd p = {fds[0], POLLIN, 0};
    struct timespec second = {1, 0};
    long long t0 = nt_now_ms();
    CHECK_ERR(ppoll(&p, 1, &second, &open_mask), EINTR);
    CHECK(hits == 1);
    CHECK(nt_now_ms() - t0 < 900);
    CHECK(usr1_blocked());  /* the caller's mask is back */

    block_and_raise(&open_mask);
    fd_set r;
    FD_ZERO(&r);
    FD_SET(fds[0], &r);
    CHECK_ERR(pselect(fds[0] + 1, &r, NULL, NULL, &second, &open_mask), EINTR);
    CHECK(hits == 2);
    CHECK(usr1_blocked());

    int ep = epoll_create1(0);
    REQUIRE(ep >= 0);
    struct epoll_event ev = {0};
    ev.events = EPOLLIN;
    ev.data.fd = fds[0];
    REQUIRE(epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev) == 0);
    block_and_raise(&open_mask);
    struct epoll_event out[2];
    CHECK_ERR(epoll_pwait(ep, out, 2, 1000, &open_mask), EINTR);
    CHECK(hits == 3);
    CHECK(usr1_blocked());

    /* A null mask leaves a pending signal held; the wait just times out. */
    raise(SIGUSR1);
    CHECK(hits == 3);
    struct timespec short_wait = {0, 50 * 1000 * 1000};
    CHECK(ppoll(&p, 1, &short_wait, NULL) == 0);
    CHECK(hits == 3);
    /* Unblocking delivers it. */
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &usr1, NULL);
    CHECK(hits == 4);
    return nt_done("sigmask_waits");
}
