/* eventfd(): the counter (initial value, writes add up, a read takes it
 * all), EFD_SEMAPHORE (a read takes 1), EFD_NONBLOCK (EAGAIN at 0), poll
 * readiness, short buffers and unknown flags (EINVAL), EFD_CLOEXEC. */
#include <poll.h>
#include <sys/eventfd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int e = CALL_FD("eventfd.3", eventfd(3, 0));
    eventfd_t v = 0;
    CALL("eventfd_read.3", eventfd_read(e, &v));
    RECORD("eventfd_read.3.value", "%llu", (unsigned long long)v);
    CALL("eventfd_write.5", eventfd_write(e, 5));
    CALL("eventfd_write.2", eventfd_write(e, 2));
    v = 0;
    CALL("read.7", read(e, &v, sizeof v));
    RECORD("read.7.value", "%llu", (unsigned long long)v);
    /* the bad-size and overflow cases on a non-blocking descriptor, so
     * that a call that would wait shows as EAGAIN instead of hanging */
    CHECK(fcntl(e, F_SETFL, O_NONBLOCK) == 0);
    char small[4];
    CALL("read.short_buffer", read(e, small, sizeof small));
    CALL("write.short_buffer", write(e, small, sizeof small));
    eventfd_t max = ~(eventfd_t)0;
    CALL("write.max", write(e, &max, sizeof max));
    CALL("getfd.plain", fcntl(e, F_GETFD));
    close(e);

    int n = CALL_FD("eventfd.nonblock", eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    CALL("getfd.cloexec", fcntl(n, F_GETFD));
    RECORD("getfl.nonblock", "%s", check_fl_name(fcntl(n, F_GETFL)));
    CALL("read.empty", read(n, &v, sizeof v));
    struct pollfd p = {n, POLLIN, 0};
    CALL("poll.empty", poll(&p, 1, 50));
    CALL("eventfd_write.1", eventfd_write(n, 1));
    p.revents = 0;
    CALL("poll.ready", poll(&p, 1, 1000));
    RECORD("poll.ready.revents", "%s", p.revents & POLLIN ? "POLLIN" : "none");
    close(n);

    int s = CALL_FD("eventfd.semaphore", eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK));
    v = 0;
    CALL("sem.read.1", eventfd_read(s, &v));
    RECORD("sem.read.1.value", "%llu", (unsigned long long)v);
    v = 0;
    CALL("sem.read.2", eventfd_read(s, &v));
    RECORD("sem.read.2.value", "%llu", (unsigned long long)v);
    CALL("sem.read.empty", read(s, &v, sizeof v));
    close(s);
    CALL("eventfd.bad_flags", eventfd(0, 0x7000000));
    return check_done();
}
