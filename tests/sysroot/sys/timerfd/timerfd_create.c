/* timerfd_create(): clocks and flags (EINVAL for others), the descriptor's
 * flags, reads (EAGAIN while nothing expired on a non-blocking descriptor,
 * EINVAL for a buffer under 8 bytes and for writes, a blocking read waits
 * for the expiry and takes the count), readiness for poll, select and
 * epoll, dup, close and fork. Waits end on the expiry itself (long upper
 * bounds), never on elapsed time. */
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/timerfd.h>

#include "check.h"

#define BAD_CLOCK ((clockid_t)(intptr_t)12345)

static void arm_ms(int fd, long ms, long interval_ms) {
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    its.it_value.tv_sec = ms / 1000;
    its.it_value.tv_nsec = (ms % 1000) * 1000000L;
    its.it_interval.tv_sec = interval_ms / 1000;
    its.it_interval.tv_nsec = (interval_ms % 1000) * 1000000L;
    CHECK(timerfd_settime(fd, 0, &its, NULL) == 0);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    uint64_t count = 0;

    int b = CALL_FD("create.monotonic", timerfd_create(CLOCK_MONOTONIC, 0));
    CALL("getfd.plain", fcntl(b, F_GETFD));
    RECORD("getfl.plain", "%s", check_fl_name(fcntl(b, F_GETFL)));
    int n = CALL_FD("create.realtime", timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC));
    CALL("getfd.cloexec", fcntl(n, F_GETFD));
    RECORD("getfl.nonblock", "%s", check_fl_name(fcntl(n, F_GETFL)));
    CALL("create.bad_clock", timerfd_create(BAD_CLOCK, 0));
    CALL("create.cpu_clock", timerfd_create(CLOCK_PROCESS_CPUTIME_ID, 0));
    CALL("create.bad_flags", timerfd_create(CLOCK_MONOTONIC, 0x40000000));

    /* nothing expired: a non-blocking read fails, poll sees nothing */
    CALL("read.disarmed", read(n, &count, sizeof count));
    arm_ms(n, 100000, 0);
    CALL("read.not_yet", read(n, &count, sizeof count));
    struct pollfd p = {n, POLLIN, 0};
    CALL("poll.not_yet", poll(&p, 1, 0));
    char small[4];
    CALL("read.short_buffer", read(n, small, sizeof small));
    count = 1;
    CALL("write", write(n, &count, sizeof count));

    /* one expiry: poll wakes, one read takes the count, then it is empty */
    arm_ms(n, 20, 0);
    p.revents = 0;
    CALL("poll.expired", poll(&p, 1, 30000));
    RECORD("poll.expired.revents", "%s", p.revents & POLLIN ? "POLLIN" : "none");
    count = 0;
    CALL("read.expired", read(n, &count, sizeof count));
    RECORD("read.expired.count", "%llu", (unsigned long long)count);
    CALL("read.drained", read(n, &count, sizeof count));
    CALL("read.short_after", read(n, small, sizeof small));

    /* a blocking read waits for the expiry */
    arm_ms(b, 20, 0);
    count = 0;
    CALL("read.blocking", read(b, &count, sizeof count));
    RECORD("read.blocking.count", "%llu", (unsigned long long)count);

    /* select */
    arm_ms(n, 20, 0);
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(n, &rd);
    struct timeval tv = {30, 0};
    CALL("select.expired", select(n + 1, &rd, NULL, NULL, &tv));
    RECORD("select.expired.isset", "%d", FD_ISSET(n, &rd) ? 1 : 0);
    CALL("read.after_select", read(n, &count, sizeof count));

    /* epoll: readable once expired, not after the read */
    int ep = CALL_FD("epoll_create1", epoll_create1(0));
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    ev.data.u64 = 7;
    CALL("epoll_ctl.add", epoll_ctl(ep, EPOLL_CTL_ADD, n, &ev));
    CALL("epoll_wait.not_yet", epoll_wait(ep, &ev, 1, 0));
    arm_ms(n, 20, 0);
    memset(&ev, 0, sizeof ev);
    CALL("epoll_wait.expired", epoll_wait(ep, &ev, 1, 30000));
    RECORD("epoll_wait.expired.event", "data=%llu %s", (unsigned long long)ev.data.u64,
           ev.events & EPOLLIN ? "IN" : "-");
    CALL("read.after_epoll", read(n, &count, sizeof count));
    CALL("epoll_wait.drained", epoll_wait(ep, &ev, 1, 0));
    close(ep);

    /* a duplicate is the same timer; the timer lives until the last close */
    int d = CALL_FD("dup", dup(n));
    arm_ms(d, 100000, 0);
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    CALL("gettime.dup", timerfd_gettime(n, &its));
    RECORD("gettime.dup.armed", "%d", its.it_value.tv_sec > 0);
    close(n);
    arm_ms(d, 20, 0);
    p.fd = d;
    p.revents = 0;
    CALL("poll.dup", poll(&p, 1, 30000));
    count = 0;
    CALL("read.dup", read(d, &count, sizeof count));
    RECORD("read.dup.count", "%llu", (unsigned long long)count);
    close(d);
    CALL("gettime.closed", timerfd_gettime(d, &its));
    close(b);

    /* fork: the child shares the timers; it reads the expiry of a one-shot
     * timer armed before the fork and sees the time left of another one.
     * Its exit code has one bit per check. */
    int one = timerfd_create(CLOCK_MONOTONIC, 0);
    int later = timerfd_create(CLOCK_MONOTONIC, 0);
    arm_ms(later, 100000, 0);
    arm_ms(one, 20, 0);
    pid_t pid = fork();
    if (pid == 0) {
        uint64_t c = 0;
        int bits = 0;
        if (read(one, &c, sizeof c) == 8 && c == 1) bits |= 1;
        struct itimerspec left;
        if (timerfd_gettime(later, &left) == 0 && left.it_value.tv_sec > 50) bits |= 2;
        if (timerfd_gettime(one, &left) == 0 && left.it_value.tv_sec == 0 && left.it_value.tv_nsec == 0) bits |= 4;
        _exit(bits);
    }
    check_record_status("fork.child", pid);
    close(one);
    close(later);

    /* not a timerfd */
    int pipefd[2];
    CHECK(pipe(pipefd) == 0);
    CALL("gettime.pipe", timerfd_gettime(pipefd[0], &its));
    CALL("settime.pipe", timerfd_settime(pipefd[0], 0, &its, NULL));
    close(pipefd[0]);
    close(pipefd[1]);
    CALL("gettime.bad_fd", timerfd_gettime(-1, &its));
    return check_done();
}
