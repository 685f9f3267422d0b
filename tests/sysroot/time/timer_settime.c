/* timer_settime(), timer_gettime() and timer_getoverrun(): relative and
 * TIMER_ABSTIME times on both clocks, intervals, disarming, the old value,
 * overruns counted while the timer's signal is blocked, and EINVAL for
 * malformed times and unknown timers. */
#include <stdint.h>

#include "check.h"

static volatile sig_atomic_t hits, first_overrun = -1;
static timer_t overrun_timer;

static void on_usr2(int sig) {
    (void)sig;
    if (hits == 0) first_overrun = timer_getoverrun(overrun_timer);
    hits++;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sigevent sev;
    struct itimerspec its, old;
    timer_t t;

    /* SIGWINCH (ignored by default) rather than SIGEV_NONE: Linux's
     * timer_gettime reports the old expiry of a disarmed SIGEV_NONE timer */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGWINCH;
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &t) == 0);

    /* errors */
    memset(&its, 0, sizeof its);
    its.it_value.tv_nsec = 1000000000L;
    CALL("settime.nsec_too_big", timer_settime(t, 0, &its, NULL));
    its.it_value.tv_nsec = -1;
    CALL("settime.nsec_negative", timer_settime(t, 0, &its, NULL));
    its.it_value = check_ts_ms(1000);
    its.it_interval.tv_nsec = 1000000000L;
    CALL("settime.interval_bad", timer_settime(t, 0, &its, NULL));
    memset(&its, 0, sizeof its);
    CALL("settime.unknown", timer_settime((timer_t)(intptr_t)12345, 0, &its, NULL));
    CALL("gettime.unknown", timer_gettime((timer_t)(intptr_t)12345, &its));
    CALL("getoverrun.unknown", timer_getoverrun((timer_t)(intptr_t)12345));

    /* disarmed, armed, old value, disarmed again */
    CALL("gettime.new", timer_gettime(t, &its));
    RECORD("gettime.new.value", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(100000);
    its.it_interval = check_ts_ms(2500);
    CALL("settime.arm", timer_settime(t, 0, &its, NULL));
    CALL("gettime.armed", timer_gettime(t, &its));
    RECORD("gettime.armed.value", "%d %lld", check_ms_of(its.it_value) > 50000 && check_ms_of(its.it_value) <= 100000,
           check_ms_of(its.it_interval));
    memset(&its, 0, sizeof its);
    CALL("settime.disarm", timer_settime(t, 0, &its, &old));
    RECORD("settime.disarm.old", "%d %lld", check_ms_of(old.it_value) > 50000 && check_ms_of(old.it_value) <= 100000,
           check_ms_of(old.it_interval));
    CALL("gettime.disarmed", timer_gettime(t, &its));
    RECORD("gettime.disarmed.value", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));

    /* absolute times: CLOCK_MONOTONIC and CLOCK_REALTIME, counted from now */
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_MONOTONIC) + 100000);
    CALL("settime.abs_monotonic", timer_settime(t, TIMER_ABSTIME, &its, NULL));
    CALL("gettime.abs_monotonic", timer_gettime(t, &its));
    RECORD("gettime.abs_monotonic.value", "%d", check_ms_of(its.it_value) > 50000 && check_ms_of(its.it_value) <= 100000);
    CHECK(timer_delete(t) == 0);
    CHECK(timer_create(CLOCK_REALTIME, &sev, &t) == 0);
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_REALTIME) + 100000);
    CALL("settime.abs_realtime", timer_settime(t, TIMER_ABSTIME, &its, NULL));
    CALL("gettime.abs_realtime", timer_gettime(t, &its));
    RECORD("gettime.abs_realtime.value", "%d", check_ms_of(its.it_value) > 50000 && check_ms_of(its.it_value) <= 100000);
    /* a one-shot time in the past expires at once and is then disarmed */
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_REALTIME) - 1000);
    CALL("settime.abs_past", timer_settime(t, TIMER_ABSTIME, &its, NULL));
    long long end = check_now_ms() + 30000;
    do {
        CHECK(timer_gettime(t, &its) == 0);
    } while (check_ms_of(its.it_value) != 0 && check_now_ms() < end && (check_sleep_ms(2), 1));
    RECORD("abs_past.done", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));
    CHECK(timer_delete(t) == 0);

    /* overruns: a repeating timer whose signal stays blocked; the handler,
     * run once the signal is unblocked, sees the expirations it missed */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);
    sigset_t usr2;
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &usr2, NULL) == 0);
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR2;
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &overrun_timer) == 0);
    CALL("getoverrun.new", timer_getoverrun(overrun_timer));
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(5);
    its.it_interval = check_ts_ms(5);
    CALL("settime.repeat", timer_settime(overrun_timer, 0, &its, NULL));
    sigset_t pending;
    end = check_now_ms() + 30000;
    do {
        check_sleep_ms(2);
        sigpending(&pending);
    } while (!sigismember(&pending, SIGUSR2) && check_now_ms() < end);
    RECORD("overrun.pending", "%d", sigismember(&pending, SIGUSR2));
    check_sleep_ms(300);
    CHECK(sigprocmask(SIG_UNBLOCK, &usr2, NULL) == 0);
    end = check_now_ms() + 30000;
    while (hits == 0 && check_now_ms() < end) check_sleep_ms(2);
    RECORD("overrun.delivered", "%d", hits > 0);
    RECORD("overrun.first", "%s", first_overrun > 0 ? ">0" : "0");
    CALL("delete.repeat", timer_delete(overrun_timer));
    return check_done();
}
