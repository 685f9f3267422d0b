/* setitimer()/getitimer(): a one-shot ITIMER_REAL fires SIGALRM once (and
 * not again); getitimer shows the time left while it runs and zero after;
 * the old value comes back; unsupported timers and bad values are EINVAL. */
#include <signal.h>
#include <sys/time.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(signal(SIGALRM, check_count_signal) != SIG_ERR);
    struct itimerval it = {{0, 0}, {0, 100000}}, cur, old;
    CALL("getitimer.idle", getitimer(ITIMER_REAL, &cur));
    RECORD("getitimer.idle.value", "%ld.%06ld", (long)cur.it_value.tv_sec, (long)cur.it_value.tv_usec);
    CALL("setitimer.oneshot", setitimer(ITIMER_REAL, &it, 0));
    CALL("getitimer.running", getitimer(ITIMER_REAL, &cur));
    RECORD("getitimer.running.left", "%s",
           cur.it_value.tv_sec == 0 && cur.it_value.tv_usec > 0 && cur.it_value.tv_usec <= 100000 ? "0<left<=0.1s"
                                                                                                    : "other");
    RECORD("fired", "%s", check_wait_signal(SIGALRM, 1, 5000) ? "yes" : "no");
    check_wait_signal(SIGALRM, 2, 300);
    RECORD("fired.once", "%d", (int)check_signal_hits[SIGALRM]);
    CALL("getitimer.after", getitimer(ITIMER_REAL, &cur));
    RECORD("getitimer.after.value", "%ld.%06ld", (long)cur.it_value.tv_sec, (long)cur.it_value.tv_usec);

    /* the old value of a running timer, then cancelled */
    struct itimerval longer = {{0, 0}, {100, 0}}, zero = {{0, 0}, {0, 0}};
    CALL("setitimer.long", setitimer(ITIMER_REAL, &longer, 0));
    CALL("setitimer.cancel", setitimer(ITIMER_REAL, &zero, &old));
    RECORD("setitimer.cancel.old", "%s", old.it_value.tv_sec >= 98 && old.it_value.tv_sec <= 100 ? "about 100s" : "other");
    CALL("setitimer.virtual", setitimer(ITIMER_VIRTUAL, &it, 0));
    setitimer(ITIMER_VIRTUAL, &zero, 0);
    CALL("setitimer.bad_which", setitimer(99, &it, 0));
    CALL("getitimer.bad_which", getitimer(99, &cur));
    struct itimerval bad = {{0, 0}, {0, 2000000}};
    CALL("setitimer.bad_usec", setitimer(ITIMER_REAL, &bad, 0));
    return check_done();
}
