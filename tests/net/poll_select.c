/* poll, ppoll, select and pselect: readiness, timeouts, bad descriptors.
 * Port 47112. */
#define _GNU_SOURCE 1
#include <poll.h>
#include <sys/select.h>

#include "nettest.h"

static void check_elapsed(long long t0, int want_ms, const char *what) {
    long long dt = nt_now_ms() - t0;
    if (dt < want_ms - 10 || dt > want_ms + 2500) {
        printf("FAIL %s: waited %lld ms, want about %d\n", what, dt, want_ms);
        nt_failures++;
    }
}

int main(void) {
    int l = nt_listen(AF_INET, "127.0.0.1", 47112);

    /* nothing pending: each call times out */
    struct pollfd p = {l, POLLIN, 0};
    long long t0 = nt_now_ms();
    CHECK(poll(&p, 1, 150) == 0 && p.revents == 0);
    check_elapsed(t0, 150, "poll");

    t0 = nt_now_ms();
    CHECK(poll(&p, 1, 0) == 0);
    CHECK(nt_now_ms() - t0 < 1000);

    struct timespec ts = {0, 120 * 1000000L};
    t0 = nt_now_ms();
    CHECK(ppoll(&p, 1, &ts, NULL) == 0);
    check_elapsed(t0, 120, "ppoll");

    fd_set r;
    FD_ZERO(&r);
    FD_SET(l, &r);
    struct timeval tv = {0, 130000};
    t0 = nt_now_ms();
    CHECK(select(l + 1, &r, NULL, NULL, &tv) == 0);
    CHECK(!FD_ISSET(l, &r));
    check_elapsed(t0, 130, "select");

    FD_SET(l, &r);
    ts.tv_nsec = 110 * 1000000L;
    t0 = nt_now_ms();
    CHECK(pselect(l + 1, &r, NULL, NULL, &ts, NULL) == 0);
    check_elapsed(t0, 110, "pselect");

    /* select with no descriptors is a sleep */
    tv.tv_sec = 0;
    tv.tv_usec = 100000;
    t0 = nt_now_ms();
    CHECK(select(0, NULL, NULL, NULL, &tv) == 0);
    check_elapsed(t0, 100, "select(0)");

    /* readiness */
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47112);
    REQUIRE(connect(c, (struct sockaddr *)&to, sizeof to) == 0);
    CHECK(poll(&p, 1, 2000) == 1 && (p.revents & POLLIN));
    int s = accept(l, NULL, NULL);
    REQUIRE(s >= 0);

    fd_set w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(s, &r);
    FD_SET(c, &w);
    tv.tv_sec = 2;
    tv.tv_usec = 0;
    CHECK(select((s > c ? s : c) + 1, &r, &w, NULL, &tv) == 1);
    CHECK(!FD_ISSET(s, &r) && FD_ISSET(c, &w));

    CHECK(send(c, "x", 1, 0) == 1);
    FD_ZERO(&r);
    FD_SET(s, &r);
    tv.tv_sec = 2;
    CHECK(select(s + 1, &r, NULL, NULL, &tv) == 1 && FD_ISSET(s, &r));

    struct pollfd two[3] = {{s, POLLIN, 0}, {c, POLLIN | POLLOUT, 0}, {-1, POLLIN, 0}};
    CHECK(poll(two, 3, 2000) == 2);
    CHECK((two[0].revents & POLLIN) && (two[1].revents & POLLOUT) && !(two[1].revents & POLLIN));
    CHECK(two[2].revents == 0);

    /* peer closed: POLLIN (EOF) and/or POLLHUP */
    char b[4];
    CHECK(recv(s, b, 1, 0) == 1);
    close(c);
    p.fd = s;
    p.events = POLLIN;
    CHECK(poll(&p, 1, 2000) == 1 && (p.revents & (POLLIN | POLLHUP)));
    CHECK(recv(s, b, 1, 0) == 0);

    /* bad descriptors */
    struct pollfd bad[2] = {{999, POLLIN, 0}, {l, POLLIN, 0}};
    CHECK(poll(bad, 2, 100) == 1 && bad[0].revents == POLLNVAL && bad[1].revents == 0);
    FD_ZERO(&r);
    FD_SET(999, &r);
    tv.tv_sec = 0;
    tv.tv_usec = 1000;
    CHECK_ERR(select(1000, &r, NULL, NULL, &tv), EBADF);
    CHECK_ERR(select(-1, NULL, NULL, NULL, &tv), EINVAL);
    tv.tv_usec = -1;
    CHECK_ERR(select(0, NULL, NULL, NULL, &tv), EINVAL);
    ts.tv_nsec = 1000000000L;
    CHECK_ERR(ppoll(&p, 1, &ts, NULL), EINVAL);
    close(s);
    close(l);
    return nt_done("poll_select");
}
