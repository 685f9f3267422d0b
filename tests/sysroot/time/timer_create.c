/* timer_create(): clocks (EINVAL for an unknown one), the notifications
 * (SIGEV_SIGNAL with si_code SI_TIMER and the sigev_value for a SA_SIGINFO
 * handler, a null sevp meaning SIGALRM, SIGEV_THREAD calling the function
 * with the value in another thread, SIGEV_NONE), bad sigevents (EINVAL),
 * many timers at once, none in a forked child, and timer_delete (EINVAL
 * for an id twice deleted or never given out). Waits end when the
 * notification came (long upper bounds). */
#include <pthread.h>
#include <stdint.h>

#include "check.h"

#define BAD_CLOCK ((clockid_t)(intptr_t)12345)
#define MANY 20

static volatile sig_atomic_t info_hits, info_code, info_value;
static int thread_hits, thread_value_sum, thread_other;
static pthread_t main_thread;

static void on_info(int sig, siginfo_t *si, void *ctx) {
    (void)sig;
    (void)ctx;
    info_code = si->si_code;
    info_value = si->si_value.sival_int;
    info_hits++;
}

static void on_thread(union sigval v) {
    __atomic_add_fetch(&thread_value_sum, v.sival_int, __ATOMIC_SEQ_CST);
    if (!pthread_equal(pthread_self(), main_thread)) __atomic_add_fetch(&thread_other, 1, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&thread_hits, 1, __ATOMIC_SEQ_CST);
}

static int wait_for(volatile int *counter, int n) {
    long long end = check_now_ms() + 30000;
    while (__atomic_load_n(counter, __ATOMIC_SEQ_CST) < n && check_now_ms() < end) check_sleep_ms(2);
    return __atomic_load_n(counter, __ATOMIC_SEQ_CST) >= n;
}

static void arm_ms(timer_t t, long ms) {
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    its.it_value.tv_sec = ms / 1000;
    its.it_value.tv_nsec = (ms % 1000) * 1000000L;
    CHECK(timer_settime(t, 0, &its, NULL) == 0);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    main_thread = pthread_self();
    struct sigevent sev;
    timer_t t;

    /* SIGEV_SIGNAL with a value, SA_SIGINFO */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    sev.sigev_value.sival_int = 4242;
    CALL("create.signal", timer_create(CLOCK_MONOTONIC, &sev, &t));
    arm_ms(t, 20);
    RECORD("signal.delivered", "%d", wait_for(&info_hits, 1));
    RECORD("signal.info", "code=%s value=%d", info_code == SI_TIMER ? "SI_TIMER" : "other", (int)info_value);
    CALL("delete.signal", timer_delete(t));
    CALL("delete.again", timer_delete(t));

    /* a null sevp: SIGALRM on CLOCK_REALTIME */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = check_count_signal;
    CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
    CALL("create.null_sevp", timer_create(CLOCK_REALTIME, NULL, &t));
    arm_ms(t, 20);
    RECORD("null_sevp.delivered", "%d", check_wait_signal(SIGALRM, 1, 30000));
    CALL("delete.null_sevp", timer_delete(t));

    /* SIGEV_THREAD */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = on_thread;
    sev.sigev_value.sival_int = 5;
    CALL("create.thread", timer_create(CLOCK_MONOTONIC, &sev, &t));
    arm_ms(t, 20);
    RECORD("thread.called", "%d", wait_for(&thread_hits, 1));
    RECORD("thread.value", "%d", __atomic_load_n(&thread_value_sum, __ATOMIC_SEQ_CST));
    RECORD("thread.other_thread", "%d", __atomic_load_n(&thread_other, __ATOMIC_SEQ_CST));
    CALL("delete.thread", timer_delete(t));

    /* SIGEV_NONE: armed, it only counts down */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_NONE;
    CALL("create.none", timer_create(CLOCK_MONOTONIC, &sev, &t));
    arm_ms(t, 100000);
    struct itimerspec its;
    CALL("gettime.none", timer_gettime(t, &its));
    RECORD("gettime.none.armed", "%d", its.it_value.tv_sec > 50 && its.it_value.tv_sec <= 100);
    CALL("delete.none", timer_delete(t));

    /* many timers at once, each with its own value */
    timer_t many[MANY];
    int made = 0;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = on_thread;
    __atomic_store_n(&thread_hits, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&thread_value_sum, 0, __ATOMIC_SEQ_CST);
    for (int i = 0; i < MANY; i++) {
        sev.sigev_value.sival_int = i + 1;
        if (timer_create(CLOCK_MONOTONIC, &sev, &many[i]) == 0) made++;
    }
    RECORD("many.created", "%d", made);
    for (int i = 0; i < made; i++) arm_ms(many[i], 10 + i);
    RECORD("many.called", "%d", wait_for(&thread_hits, made));
    RECORD("many.value_sum", "%d", __atomic_load_n(&thread_value_sum, __ATOMIC_SEQ_CST));
    int deleted = 0;
    for (int i = 0; i < made; i++) deleted += timer_delete(many[i]) == 0;
    RECORD("many.deleted", "%d", deleted);

    /* a forked child has no timers */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_NONE;
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &t) == 0);
    arm_ms(t, 100000);
    pid_t pid = fork();
    if (pid == 0) _exit(timer_gettime(t, &its) == -1 && errno == EINVAL ? 1 : 0);
    check_record_status("fork.child_without_timer", pid);
    CALL("gettime.parent_after_fork", timer_gettime(t, &its));
    CHECK(timer_delete(t) == 0);

    /* bad arguments */
    CALL("create.bad_clock", timer_create(BAD_CLOCK, NULL, &t));
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = 99;
    CALL("create.bad_notify", timer_create(CLOCK_MONOTONIC, &sev, &t));
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = 0;
    CALL("create.signal_zero", timer_create(CLOCK_MONOTONIC, &sev, &t));
    sev.sigev_signo = 200;
    CALL("create.signal_too_big", timer_create(CLOCK_MONOTONIC, &sev, &t));
    CALL("delete.never_made", timer_delete((timer_t)(intptr_t)12345));
    return check_done();
}
