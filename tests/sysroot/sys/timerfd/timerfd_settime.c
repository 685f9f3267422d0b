/* timerfd_settime() and timerfd_gettime(): relative and TFD_TIMER_ABSTIME
 * times on both clocks, intervals, disarming with a zero it_value, the old
 * value, a new setting restarting the count, and EINVAL for bad flags and
 * malformed times. Counts are recorded as bounds that hold at any speed. */
#include <poll.h>
#include <stdint.h>
#include <sys/timerfd.h>

#include "check.h"

static int wait_readable(int fd) {
    struct pollfd p = {fd, POLLIN, 0};
    return poll(&p, 1, 30000) == 1 && (p.revents & POLLIN);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int fd = CALL_FD("create", timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
    struct itimerspec its, old;
    uint64_t count = 0;

    /* errors */
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(1000);
    CALL("settime.bad_flags", timerfd_settime(fd, 0x100, &its, NULL));
    its.it_value.tv_nsec = 1000000000L;
    CALL("settime.nsec_too_big", timerfd_settime(fd, 0, &its, NULL));
    its.it_value.tv_nsec = -1;
    CALL("settime.nsec_negative", timerfd_settime(fd, 0, &its, NULL));
    its.it_value = check_ts_ms(1000);
    its.it_interval.tv_nsec = 1000000000L;
    CALL("settime.interval_bad", timerfd_settime(fd, 0, &its, NULL));
    its.it_value.tv_sec = -1;
    its.it_interval.tv_nsec = 0;
    CALL("settime.sec_negative", timerfd_settime(fd, 0, &its, NULL));

    /* disarmed at first */
    CALL("gettime.new", timerfd_gettime(fd, &its));
    RECORD("gettime.new.value", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));

    /* armed: the time left is at most what was set; old_value */
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(100000);
    its.it_interval = check_ts_ms(5000);
    CALL("settime.arm", timerfd_settime(fd, 0, &its, NULL));
    CALL("gettime.armed", timerfd_gettime(fd, &its));
    RECORD("gettime.armed.value", "%d", check_ms_of(its.it_value) > 50000 && check_ms_of(its.it_value) <= 100000);
    RECORD("gettime.armed.interval", "%lld", check_ms_of(its.it_interval));
    memset(&its, 0, sizeof its);
    memset(&old, 0, sizeof old);
    CALL("settime.disarm", timerfd_settime(fd, 0, &its, &old));
    RECORD("settime.disarm.old", "%d %lld", check_ms_of(old.it_value) > 50000 && check_ms_of(old.it_value) <= 100000,
           check_ms_of(old.it_interval));
    CALL("gettime.disarmed", timerfd_gettime(fd, &its));
    RECORD("gettime.disarmed.value", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));
    CALL("read.disarmed", read(fd, &count, sizeof count));

    /* an absolute time a second ago with a 100 ms interval: ten periods
     * have passed at once (the monotonic clock may start near 0) */
    while (check_clock_ms(CLOCK_MONOTONIC) < 1100) check_sleep_ms(50);
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_MONOTONIC) - 1000);
    its.it_interval = check_ts_ms(100);
    CALL("settime.abs_past", timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL));
    RECORD("abs_past.readable", "%d", wait_readable(fd));
    count = 0;
    CALL("read.abs_past", read(fd, &count, sizeof count));
    RECORD("read.abs_past.count", "%s", count >= 10 ? ">=10" : "<10");
    CALL("gettime.interval", timerfd_gettime(fd, &its));
    RECORD("gettime.interval.value", "%d %lld", check_ms_of(its.it_value) <= 100, check_ms_of(its.it_interval));

    /* a new setting restarts the count */
    CHECK(wait_readable(fd));
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(100000);
    CALL("settime.rearm", timerfd_settime(fd, 0, &its, NULL));
    CALL("read.rearmed", read(fd, &count, sizeof count));

    /* the interval repeats: two separate expiries */
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(10);
    its.it_interval = check_ts_ms(10);
    CALL("settime.repeat", timerfd_settime(fd, 0, &its, NULL));
    RECORD("repeat.first", "%d", wait_readable(fd) && read(fd, &count, sizeof count) == 8 && count >= 1);
    RECORD("repeat.second", "%d", wait_readable(fd) && read(fd, &count, sizeof count) == 8 && count >= 1);
    close(fd);

    /* CLOCK_REALTIME with an absolute time in the near future; before it,
     * nothing */
    int rt = CALL_FD("create.realtime", timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK));
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_REALTIME) + 100000);
    CALL("settime.abs_future", timerfd_settime(rt, TFD_TIMER_ABSTIME, &its, NULL));
    CALL("read.abs_future", read(rt, &count, sizeof count));
    CALL("gettime.abs_future", timerfd_gettime(rt, &its));
    RECORD("gettime.abs_future.value", "%d", check_ms_of(its.it_value) > 50000 && check_ms_of(its.it_value) <= 100000);
    memset(&its, 0, sizeof its);
    its.it_value = check_ts_ms(check_clock_ms(CLOCK_REALTIME) + 20);
    CALL("settime.abs_soon", timerfd_settime(rt, TFD_TIMER_ABSTIME, &its, NULL));
    RECORD("abs_soon.readable", "%d", wait_readable(rt));
    count = 0;
    CALL("read.abs_soon", read(rt, &count, sizeof count));
    RECORD("read.abs_soon.count", "%llu", (unsigned long long)count);
    CALL("gettime.one_shot_done", timerfd_gettime(rt, &its));
    RECORD("gettime.one_shot_done.value", "%lld %lld", check_ms_of(its.it_value), check_ms_of(its.it_interval));
    close(rt);
    return check_done();
}
