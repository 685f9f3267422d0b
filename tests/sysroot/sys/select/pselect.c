/* pselect(): a timeout (about that long: checked, not recorded), the
 * timespec left unchanged; its signal mask applies for the wait: a signal
 * blocked and pending before the call, unblocked by the call's mask, runs
 * its handler and pselect fails with EINTR, with the old mask back; a bad
 * timeout is EINVAL. */
#include <signal.h>
#include <sys/select.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int fds[2];
    CHECK(pipe(fds) == 0);
    fd_set r;
    FD_ZERO(&r);
    FD_SET(fds[0], &r);
    struct timespec ts = {0, 110 * 1000000L};
    long long t0 = check_now_ms();
    CALL("pselect.timeout", pselect(fds[0] + 1, &r, NULL, NULL, &ts, NULL));
    long long dt = check_now_ms() - t0;
    CHECK(dt >= 100 && dt < 3000);
    RECORD("pselect.timeout.ts", "%ld.%09ld", (long)ts.tv_sec, ts.tv_nsec);

    sigset_t open_mask, usr1;
    check_usr1_pending(&open_mask);
    struct timespec second = {1, 0};
    FD_ZERO(&r);
    FD_SET(fds[0], &r);
    t0 = check_now_ms();
    CALL("pselect.unblocking", pselect(fds[0] + 1, &r, NULL, NULL, &second, &open_mask));
    RECORD("pselect.unblocking.hits", "%d", (int)check_signal_hits[SIGUSR1]);
    RECORD("pselect.unblocking.at_once", "%s", check_now_ms() - t0 < 900 ? "yes" : "no");
    RECORD("mask.restored", "%d", check_usr1_blocked());
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    CHECK(sigprocmask(SIG_UNBLOCK, &usr1, NULL) == 0);

    struct timespec bad = {0, 1000000000L};
    CALL("pselect.bad_nsec", pselect(0, NULL, NULL, NULL, &bad, NULL));
    CALL("pselect.negative_nfds", pselect(-1, NULL, NULL, NULL, &ts, NULL));
    return check_done();
}
