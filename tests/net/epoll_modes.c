/* epoll semantics inside one guest: level-triggered, edge-triggered,
 * EPOLLONESHOT with re-arming, EPOLL_CTL_DEL, user data round trip,
 * EPOLLOUT, peer close, timeouts and bad arguments. Port 47111. */
#include <fcntl.h>
#include <sys/epoll.h>

#include "nettest.h"

static int pair(int l, int *server) {
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47111);
    REQUIRE(connect(c, (struct sockaddr *)&to, sizeof to) == 0);
    *server = accept(l, NULL, NULL);
    REQUIRE(*server >= 0);
    return c;
}

static int wait_n(int ep, struct epoll_event *evs, int timeout) {
    return epoll_wait(ep, evs, 8, timeout);
}

int main(void) {
    int l = nt_listen(AF_INET, "127.0.0.1", 47111);
    int s, c = pair(l, &s);
    struct epoll_event evs[8];

    /* level-triggered: stays ready while data is unread */
    int ep = epoll_create(1);
    REQUIRE(ep >= 0);
    struct epoll_event ev = {.events = EPOLLIN};
    ev.data.u64 = 0x1122334455667788ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev) == 0);
    CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev), EEXIST);
    CHECK(wait_n(ep, evs, 0) == 0);
    CHECK(send(c, "a", 1, 0) == 1);
    CHECK(wait_n(ep, evs, 2000) == 1);
    CHECK(evs[0].events & EPOLLIN);
    CHECK(evs[0].data.u64 == 0x1122334455667788ull);
    CHECK(wait_n(ep, evs, 100) == 1); /* still readable */
    char b[16];
    CHECK(recv(s, b, sizeof b, 0) == 1);
    CHECK(wait_n(ep, evs, 100) == 0);

    /* EPOLL_CTL_MOD to edge-triggered: one report per arrival */
    ev.events = EPOLLIN | EPOLLET;
    ev.data.fd = s;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev) == 0);
    CHECK(send(c, "b", 1, 0) == 1);
    CHECK(wait_n(ep, evs, 2000) == 1 && evs[0].data.fd == s);
    CHECK(wait_n(ep, evs, 100) == 0); /* not re-reported without new data */
    CHECK(send(c, "c", 1, 0) == 1);
    CHECK(wait_n(ep, evs, 2000) == 1);
    CHECK(recv(s, b, sizeof b, 0) == 2);

    /* one-shot: disarmed after one event, re-armed by MOD */
    ev.events = EPOLLIN | EPOLLONESHOT;
    ev.data.u32 = 77;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev) == 0);
    CHECK(send(c, "d", 1, 0) == 1);
    CHECK(wait_n(ep, evs, 2000) == 1 && evs[0].data.u32 == 77);
    CHECK(wait_n(ep, evs, 100) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev) == 0);
    CHECK(wait_n(ep, evs, 2000) == 1);
    CHECK(recv(s, b, sizeof b, 0) == 1);

    /* DEL: no more events */
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL) == 0);
    CHECK(send(c, "e", 1, 0) == 1);
    CHECK(wait_n(ep, evs, 100) == 0);
    CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL), ENOENT);
    CHECK(recv(s, b, sizeof b, 0) == 1);

    /* EPOLLOUT on a connected socket */
    ev.events = EPOLLOUT;
    ev.data.fd = c;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev) == 0);
    CHECK(wait_n(ep, evs, 2000) == 1 && (evs[0].events & EPOLLOUT) && evs[0].data.fd == c);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, c, NULL) == 0);

    /* peer close: readable (EOF) */
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.fd = s;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev) == 0);
    close(c);
    CHECK(wait_n(ep, evs, 2000) == 1 && (evs[0].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP)));
    CHECK(recv(s, b, sizeof b, 0) == 0);
    CHECK(wait_n(ep, evs, 100) == 1); /* level-triggered: end of stream stays readable */
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL) == 0);

    /* a descriptor closed without EPOLL_CTL_DEL leaves the set (as on Linux) */
    {
        int s2, c2 = pair(l, &s2);
        struct epoll_event e3 = {.events = EPOLLIN};
        e3.data.fd = s2;
        CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, s2, &e3) == 0);
        CHECK(send(c2, "q", 1, 0) == 1);
        CHECK(wait_n(ep, evs, 2000) == 1 && evs[0].data.fd == s2);
        close(s2);
        CHECK(wait_n(ep, evs, 100) == 0);
        close(c2);
    }

    /* timeout */
    int e2 = epoll_create1(0);
    long long t0 = nt_now_ms();
    CHECK(epoll_wait(e2, evs, 8, 150) == 0);
    long long dt = nt_now_ms() - t0;
    CHECK(dt >= 140 && dt < 3000);

    /* bad arguments */
    CHECK_ERR(epoll_create(0), EINVAL);
    CHECK_ERR(epoll_create1(12345), EINVAL);
    ev.events = EPOLLIN;
    CHECK_ERR(epoll_ctl(ep, 99, s, &ev), EINVAL);
    CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
    CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, 987, &ev), EBADF);
    CHECK_ERR(epoll_ctl(987, EPOLL_CTL_ADD, s, &ev), EBADF);
    CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_MOD, l, NULL), EFAULT);
    CHECK_ERR(epoll_wait(ep, evs, 0, 0), EINVAL);
    CHECK_ERR(epoll_wait(987, evs, 8, 0), EBADF);
    close(s);
    close(l);
    close(ep);
    close(e2);
    return nt_done("epoll_modes");
}
