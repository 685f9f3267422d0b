/* ppoll(): a timeout (it waits about that long: checked, not recorded),
 * readiness; its signal mask applies for the wait: a signal blocked and
 * pending before the call, unblocked by the call's mask, runs its handler
 * and ppoll fails with EINTR at once, with the old mask back afterwards;
 * a null mask leaves the signal held; a bad timeout is EINVAL. */
#include <poll.h>
#include <signal.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int fds[2];
    CHECK(pipe(fds) == 0);
    struct pollfd p = {fds[0], POLLIN, 0};
    struct timespec ts = {0, 120 * 1000000L};
    long long t0 = check_now_ms();
    CALL("ppoll.timeout", ppoll(&p, 1, &ts, NULL));
    long long dt = check_now_ms() - t0;
    CHECK(dt >= 110 && dt < 3000);
    CALL("write", write(fds[1], "x", 1));
    CALL("ppoll.ready", ppoll(&p, 1, &ts, NULL));
    RECORD("ppoll.ready.revents", "%s", p.revents == POLLIN ? "POLLIN" : "other");
    char c;
    CHECK(read(fds[0], &c, 1) == 1);

    sigset_t open_mask, usr1;
    check_usr1_pending(&open_mask);
    RECORD("before.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    struct timespec second = {1, 0};
    t0 = check_now_ms();
    CALL("ppoll.unblocking", ppoll(&p, 1, &second, &open_mask));
    RECORD("ppoll.unblocking.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("ppoll.unblocking.at_once", "%s", check_now_ms() - t0 < 900 ? "yes" : "no");
    RECORD("mask.restored", "%d", check_usr1_blocked());

    CALL("raise.held", raise(SIGUSR1));
    struct timespec short_wait = {0, 50 * 1000000L};
    CALL("ppoll.null_mask", ppoll(&p, 1, &short_wait, NULL));
    RECORD("ppoll.null_mask.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    CHECK(sigprocmask(SIG_UNBLOCK, &usr1, NULL) == 0);
    RECORD("unblocked.hits", "%d", (int)check_signal_hits[SIGUSR1]);

    struct timespec bad = {0, 1000000000L};
    CALL("ppoll.bad_nsec", ppoll(&p, 1, &bad, NULL));
    struct timespec neg = {-1, 0};
    CALL("ppoll.negative", ppoll(&p, 1, &neg, NULL));
    return check_done();
}
