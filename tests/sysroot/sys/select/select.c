/* select(): a timeout (about that long: checked, not recorded) with the
 * sets cleared; no descriptors is a sleep; readiness of a TCP listener, a
 * connected socket (writable, then readable with data) and a pipe; the
 * timeval is updated; a closed descriptor in a set is EBADF, a negative
 * count or a bad timeval EINVAL. */
#include <sys/select.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l = check_tcp_listen(AF_INET, 0);
    CHECK(l >= 0);
    fd_set r, w;
    FD_ZERO(&r);
    FD_SET(l, &r);
    struct timeval tv = {0, 130000};
    long long t0 = check_now_ms();
    CALL("select.timeout", select(l + 1, &r, NULL, NULL, &tv));
    long long dt = check_now_ms() - t0;
    CHECK(dt >= 120 && dt < 3000);
    RECORD("select.timeout.cleared", "%d", FD_ISSET(l, &r));
    RECORD("select.timeout.tv", "%ld.%06ld", (long)tv.tv_sec, (long)tv.tv_usec);

    tv.tv_sec = 0;
    tv.tv_usec = 100000;
    t0 = check_now_ms();
    CALL("select.none", select(0, NULL, NULL, NULL, &tv));
    dt = check_now_ms() - t0;
    CHECK(dt >= 90 && dt < 3000);

    int c = check_tcp_connect(AF_INET, 0);
    CHECK(c >= 0);
    FD_ZERO(&r);
    FD_SET(l, &r);
    tv.tv_sec = 2;
    tv.tv_usec = 0;
    CALL("select.listener.pending", select(l + 1, &r, NULL, NULL, &tv));
    RECORD("select.listener.pending.set", "%d", FD_ISSET(l, &r));
    int s = accept(l, NULL, NULL);
    CHECK(s >= 0);
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(s, &r);
    FD_SET(c, &w);
    tv.tv_sec = 2;
    int m = (s > c ? s : c) + 1;
    CALL("select.connected", select(m, &r, &w, NULL, &tv));
    RECORD("select.connected.sets", "r=%d w=%d", FD_ISSET(s, &r), FD_ISSET(c, &w));
    CHECK(send(c, "x", 1, 0) == 1);
    FD_ZERO(&r);
    FD_SET(s, &r);
    tv.tv_sec = 2;
    CALL("select.data", select(s + 1, &r, NULL, NULL, &tv));
    RECORD("select.data.set", "%d", FD_ISSET(s, &r));

    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "y", 1) == 1);
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(p[0], &r);
    FD_SET(p[1], &w);
    tv.tv_sec = 0;
    tv.tv_usec = 0;
    m = (p[0] > p[1] ? p[0] : p[1]) + 1;
    CALL("select.pipe", select(m, &r, &w, NULL, &tv));
    RECORD("select.pipe.sets", "r=%d w=%d", FD_ISSET(p[0], &r), FD_ISSET(p[1], &w));
    close(p[0]);
    close(p[1]);

    int q[2];
    CHECK(pipe(q) == 0);
    close(q[0]);
    close(q[1]);
    FD_ZERO(&r);
    FD_SET(q[0], &r);
    tv.tv_sec = 0;
    tv.tv_usec = 1000;
    CALL("select.closed", select(q[0] + 1, &r, NULL, NULL, &tv));
    CALL("select.negative_nfds", select(-1, NULL, NULL, NULL, &tv));
    tv.tv_usec = -1;
    CALL("select.bad_usec", select(0, NULL, NULL, NULL, &tv));
    close(c);
    close(s);
    close(l);
    return check_done();
}
