/* epoll_ctl() on TCP sockets: ADD (level-triggered: reported while data is
 * unread, with the 64-bit user data back), MOD to edge-triggered (one report
 * per arrival), MOD to EPOLLONESHOT (disarmed after one report, re-armed by
 * MOD), DEL (no more reports; DEL again ENOENT), EPOLLOUT of a connected
 * socket, peer close (EPOLLIN and EPOLLRDHUP, and end of stream stays
 * readable), a socket closed without DEL leaves the set; a null event for
 * MOD is EFAULT. Waits that should report nothing are short and bounded. */
#include <sys/epoll.h>

#include "check.h"

static void wait_rec(const char *name, int ep, int timeout) {
    struct epoll_event evs[8];
    char key[96];
    memset(evs, 0, sizeof evs);
    int n = (int)CALL(name, epoll_wait(ep, evs, 8, timeout));
    for (int i = 0; i < n && i < 8; ++i) {
        snprintf(key, sizeof key, "%s.event%d", name, i);
        RECORD(key, "data=%#llx%s%s%s%s", (unsigned long long)evs[i].data.u64, evs[i].events & EPOLLIN ? " IN" : "",
               evs[i].events & EPOLLOUT ? " OUT" : "", evs[i].events & EPOLLRDHUP ? " RDHUP" : "",
               evs[i].events & EPOLLHUP ? " HUP" : "");
    }
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    char b[16];

    int ep = CALL_FD("epoll_create1", epoll_create1(0));
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    ev.data.u64 = 0x1122334455667788ull;
    CALL("add.level", epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev));
    wait_rec("level.nothing", ep, 0);
    CALL("send.a", send(c, "a", 1, 0));
    wait_rec("level.ready", ep, 2000);
    wait_rec("level.still_ready", ep, 100);
    CALL("recv.a", recv(s, b, sizeof b, 0));
    wait_rec("level.drained", ep, 100);

    ev.events = EPOLLIN | EPOLLET;
    ev.data.u64 = 2;
    CALL("mod.edge", epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev));
    CALL("send.b", send(c, "b", 1, 0));
    wait_rec("edge.ready", ep, 2000);
    wait_rec("edge.not_again", ep, 100);
    CALL("send.c", send(c, "c", 1, 0));
    wait_rec("edge.new_data", ep, 2000);
    CALL("recv.bc", recv(s, b, 2, MSG_WAITALL));

    ev.events = EPOLLIN | EPOLLONESHOT;
    ev.data.u64 = 77;
    CALL("mod.oneshot", epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev));
    CALL("send.d", send(c, "d", 1, 0));
    wait_rec("oneshot.ready", ep, 2000);
    wait_rec("oneshot.disarmed", ep, 100);
    CALL("mod.rearm", epoll_ctl(ep, EPOLL_CTL_MOD, s, &ev));
    wait_rec("oneshot.rearmed", ep, 2000);
    CALL("recv.d", recv(s, b, sizeof b, 0));

    CALL("del", epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL));
    CALL("send.e", send(c, "e", 1, 0));
    wait_rec("del.nothing", ep, 100);
    CALL("del.again", epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL));
    CALL("recv.e", recv(s, b, sizeof b, 0));

    ev.events = EPOLLOUT;
    ev.data.u64 = 5;
    CALL("add.out", epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev));
    wait_rec("out.ready", ep, 2000);
    CALL("del.out", epoll_ctl(ep, EPOLL_CTL_DEL, c, NULL));

    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = 6;
    CALL("add.rdhup", epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev));
    close(c);
    wait_rec("peer_closed", ep, 2000);
    CALL("recv.eof", recv(s, b, sizeof b, 0));
    wait_rec("peer_closed.still", ep, 100);
    CALL("del.rdhup", epoll_ctl(ep, EPOLL_CTL_DEL, s, NULL));

    int s2, c2 = check_tcp_pair(l, AF_INET, 0, &s2);
    CHECK(c2 >= 0);
    ev.events = EPOLLIN;
    ev.data.u64 = 8;
    CALL("add.to_close", epoll_ctl(ep, EPOLL_CTL_ADD, s2, &ev));
    CALL("send.q", send(c2, "q", 1, 0));
    wait_rec("to_close.ready", ep, 2000);
    close(s2);
    wait_rec("closed.gone", ep, 100);
    close(c2);

    CALL("mod.null_event", epoll_ctl(ep, EPOLL_CTL_MOD, l, NULL));
    close(s);
    close(l);
    close(ep);
    return check_done();
}
