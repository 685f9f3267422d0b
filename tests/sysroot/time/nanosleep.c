/* nanosleep() and thrd_sleep(): a sleep lasts at least as long as asked; a
 * zero sleep returns at once; tv_nsec out of range or a negative tv_sec is
 * EINVAL (thrd_sleep: a negative value other than -1); a sleep suspends only
 * the calling thread. Durations are checked, never recorded. */
#include <pthread.h>
#include <threads.h>

#include "check.h"

static int woke;
static void *long_sleeper(void *arg) {
    (void)arg;
    struct timespec ts = {1, 0};
    nanosleep(&ts, NULL);
    __atomic_store_n(&woke, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct timespec ts = {0, 0}, rem = {0, 0};
    CALL("zero", nanosleep(&ts, NULL));
    ts.tv_nsec = 50 * 1000000L;
    long long t0 = check_now_ms();
    CALL("ms50", nanosleep(&ts, &rem));
    long long took = check_now_ms() - t0;
    CHECK(took >= 48);
    CHECK(took < 20000);
    ts.tv_nsec = 1000000000L;
    CALL("nsec_too_big", nanosleep(&ts, NULL));
    ts.tv_nsec = -1;
    CALL("nsec_negative", nanosleep(&ts, NULL));
    ts.tv_sec = -1;
    ts.tv_nsec = 0;
    CALL("sec_negative", nanosleep(&ts, NULL));
    CALL("null", nanosleep(BAD_NULL, NULL));

    ts.tv_sec = 0;
    ts.tv_nsec = 20 * 1000000L;
    t0 = check_now_ms();
    RECORD("thrd_sleep.ms20", "%d", thrd_sleep(&ts, NULL));
    took = check_now_ms() - t0;
    CHECK(took >= 18);
    CHECK(took < 20000);
    ts.tv_nsec = 1000000000L;
    int r = thrd_sleep(&ts, NULL);
    RECORD("thrd_sleep.nsec_too_big", "%s", r < -1 ? "negative, not -1" : r == -1 ? "-1" : "0");

    /* while a thread sleeps for a second, main goes on */
    pthread_t t;
    CHECK(pthread_create(&t, NULL, long_sleeper, NULL) == 0);
    check_sleep_ms(20);
    CHECK(!__atomic_load_n(&woke, __ATOMIC_SEQ_CST));
    CHECK(pthread_join(t, NULL) == 0);
    RECORD("other_thread.woke", "%s", __atomic_load_n(&woke, __ATOMIC_SEQ_CST) ? "yes" : "no");
    return check_done();
}
