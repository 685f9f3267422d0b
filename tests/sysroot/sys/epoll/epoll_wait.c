/* epoll_wait(): level-triggered and edge-triggered readiness of pipes that
 * were ready before they were added, one descriptor in two sets (and in one
 * again), a level-triggered stream socket drained by recv, hang-up,
 * timeouts and bad arguments; and a non-blocking, level-triggered echo
 * server serving 100 connections open at once (a client thread opens them
 * all, then talks on each in turn). */
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* Portable text of an event mask. */
static const char *ev_name(unsigned ev) {
    static char buf[96];
    snprintf(buf, sizeof buf, "%s%s%s%s%s%s", ev ? "" : "0", (ev & EPOLLIN) ? "IN " : "",
             (ev & EPOLLOUT) ? "OUT " : "", (ev & EPOLLHUP) ? "HUP " : "", (ev & EPOLLERR) ? "ERR " : "",
             (ev & EPOLLRDHUP) ? "RDHUP " : "");
    size_t n = strlen(buf);
    if (n && buf[n - 1] == ' ') buf[n - 1] = 0;
    return buf;
}

/* Records epoll_wait(ep, ..., timeout) as "name: ok=<n>" and the first
 * event as "name.event: <tag> <events>". */
static int wait_and_record(const char *name, int ep, int timeout) {
    struct epoll_event evs[8];
    memset(evs, 0, sizeof evs);
    int n = (int)CALL(name, epoll_wait(ep, evs, 8, timeout));
    char key[96];
    for (int i = 0; i < n && i < 8; ++i) {
        snprintf(key, sizeof key, "%s.event%d", name, i);
        RECORD(key, "tag=%llu %s", (unsigned long long)evs[i].data.u64, ev_name(evs[i].events));
    }
    return n;
}

static int add(int ep, int fd, unsigned events, unsigned long long tag) {
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = events;
    ev.data.u64 = tag;
    return epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
}

#define CLIENTS 100

/* The client side: CLIENTS connections open at once, three rounds of
 * echo on each (1 to 5000 bytes), then "QUIT\n". */
static void *clients(void *arg) {
    int *ok = arg, fds[CLIENTS];
    static char msg[5000], got[5000];
    for (int i = 0; i < CLIENTS; ++i) fds[i] = check_tcp_connect(AF_INET, 0);
    for (int i = 0; i < CLIENTS; ++i) {
        if (fds[i] < 0) continue;
        for (int k = 0; k < 3; ++k) {
            static const size_t sizes[] = {1, 64, 1000, 5000};
            size_t size = sizes[(size_t)(i + k) % 4];
            for (size_t j = 0; j < size; ++j) msg[j] = (char)((size_t)i + (size_t)k + j);
            if (send(fds[i], msg, size, 0) != (ssize_t)size) continue;
            if (recv(fds[i], got, size, MSG_WAITALL) == (ssize_t)size && !memcmp(got, msg, size)) ++*ok;
        }
    }
    for (int i = 0; i < CLIENTS; ++i)
        if (fds[i] >= 0) close(fds[i]);
    int q = check_tcp_connect(AF_INET, 0);
    if (q >= 0) {
        char b[8];
        if (send(q, "QUIT\n", 5, 0) == 5) (void)!recv(q, b, 5, MSG_WAITALL);
        close(q);
    }
    return NULL;
}

/* Serves until a connection sends "QUIT\n"; returns how many connections
 * it accepted, -1 when a wait timed out. */
static int echo_server(int l) {
    int ep = epoll_create1(EPOLL_CLOEXEC), accepted = 0, quit = 0;
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = l}, events[64];
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) == 0);
    while (!quit) {
        int n = epoll_wait(ep, events, 64, 30000);
        if (n <= 0) {
            accepted = -1;
            break;
        }
        for (int i = 0; i < n; ++i) {
            int fd = events[i].data.fd;
            if (fd == l) {
                int c;
                while ((c = accept4(l, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    accepted++;
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP, .data.fd = c};
                    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev) == 0);
                }
                CHECK(errno == EAGAIN);
                continue;
            }
            char buf[4096];
            ssize_t r = recv(fd, buf, sizeof buf, 0);
            if (r < 0 && errno == EAGAIN) continue;
            if (r <= 0) {
                CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL) == 0);
                close(fd);
                continue;
            }
            if (r >= 5 && memcmp(buf, "QUIT\n", 5) == 0) quit = 1;
            for (ssize_t off = 0; off < r;) {
                ssize_t w = send(fd, buf + off, (size_t)(r - off), MSG_NOSIGNAL);
                if (w < 0 && errno == EAGAIN) {
                    check_sleep_ms(1);
                    continue;
                }
                if (w <= 0) break;
                off += w;
            }
        }
    }
    close(ep);
    return accepted;
}

static void server_test(void) {
    int l = check_tcp_listen(AF_INET, 0);
    CHECK(l >= 0);
    CHECK(fcntl(l, F_SETFL, O_NONBLOCK) == 0);
    int ok = 0;
    pthread_t t;
    CHECK(pthread_create(&t, NULL, clients, &ok) == 0);
    int accepted = echo_server(l);
    CHECK(pthread_join(t, NULL) == 0);
    RECORD("server.accepted", "%d", accepted);
    RECORD("server.rounds", "%d of %d", ok, 3 * CLIENTS);
    close(l);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char buf[16];
    struct epoll_event evs[4];

    int ep = CALL_FD("epoll_create1", epoll_create1(0));

    /* an empty set times out */
    long long t0 = check_now_ms();
    CALL("wait.empty.timeout", epoll_wait(ep, evs, 4, 100));
    RECORD("wait.empty.waited", "%s", check_now_ms() - t0 >= 90 ? "yes" : "no");
    CALL("wait.empty.zero", epoll_wait(ep, evs, 4, 0));

    /* level-triggered: a pipe with data before it is added is reported, and
     * again on every wait while the data is there */
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "x", 1) == 1);
    CALL("ctl.add.level", add(ep, p[0], EPOLLIN, 1));
    wait_and_record("wait.level.1", ep, 1000);
    wait_and_record("wait.level.2", ep, 0);
    CHECK(read(p[0], buf, sizeof buf) == 1);
    wait_and_record("wait.level.drained", ep, 0);

    /* the same descriptor in a second set: both report it */
    int ep2 = CALL_FD("epoll_create1.second", epoll_create1(EPOLL_CLOEXEC));
    CALL("epoll_create1.second.getfd", fcntl(ep2, F_GETFD));
    CALL("ctl.add.second_set", add(ep2, p[0], EPOLLIN, 2));
    CHECK(write(p[1], "y", 1) == 1);
    wait_and_record("wait.two_sets.first", ep, 1000);
    wait_and_record("wait.two_sets.second", ep2, 1000);
    CALL("ctl.del.second_set", epoll_ctl(ep2, EPOLL_CTL_DEL, p[0], NULL));
    wait_and_record("wait.two_sets.second.after_del", ep2, 0);
    wait_and_record("wait.two_sets.first.after_del", ep, 0);
    CHECK(read(p[0], buf, sizeof buf) == 1);
    close(ep2);

    /* one descriptor in two sets, the later one deleted: the earlier set
     * hears of new data again, also after it drained what was there */
    int r[2];
    CHECK(pipe(r) == 0);
    int ea = epoll_create1(0), eb = epoll_create1(0);
    CHECK(ea >= 0 && eb >= 0);
    CALL("ctl.add.earlier_set", add(ea, r[0], EPOLLIN, 11));
    CALL("ctl.add.later_set", add(eb, r[0], EPOLLIN, 12));
    wait_and_record("wait.two_sets.idle", ea, 0);
    CALL("ctl.del.later_set", epoll_ctl(eb, EPOLL_CTL_DEL, r[0], NULL));
    CHECK(write(r[1], "q", 1) == 1);
    wait_and_record("wait.two_sets.earlier", ea, 1000);
    CHECK(read(r[0], buf, sizeof buf) == 1);
    wait_and_record("wait.two_sets.earlier.drained", ea, 0);
    CHECK(write(r[1], "s", 1) == 1);
    wait_and_record("wait.two_sets.earlier.new_data", ea, 1000);
    CHECK(read(r[0], buf, sizeof buf) == 1);
    /* both sets level-triggered: both report, and neither once drained */
    CALL("ctl.add.later_set.again", add(eb, r[0], EPOLLIN, 12));
    CHECK(write(r[1], "t", 1) == 1);
    wait_and_record("wait.two_sets.both.earlier", ea, 1000);
    wait_and_record("wait.two_sets.both.later", eb, 1000);
    CHECK(read(r[0], buf, sizeof buf) == 1);
    wait_and_record("wait.two_sets.both.earlier.drained", ea, 0);
    wait_and_record("wait.two_sets.both.later.drained", eb, 0);
    close(ea);
    close(eb);
    close(r[0]);
    close(r[1]);

    /* a level-triggered stream socket: reported while data is unread, not
     * once a recv took it all, and again when new data arrives */
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    CALL("ctl.add.socket", add(ep, sv[0], EPOLLIN, 13));
    CHECK(send(sv[1], "ab", 2, 0) == 2);
    wait_and_record("wait.socket.level", ep, 1000);
    wait_and_record("wait.socket.level.again", ep, 0);
    CALL("wait.socket.recv", recv(sv[0], buf, sizeof buf, 0));
    wait_and_record("wait.socket.drained", ep, 0);
    CHECK(send(sv[1], "c", 1, 0) == 1);
    wait_and_record("wait.socket.new_data", ep, 1000);
    CALL("wait.socket.recv.new_data", recv(sv[0], buf, sizeof buf, 0));
    CALL("wait.socket.recv.empty", recv(sv[0], buf, sizeof buf, MSG_DONTWAIT));
    wait_and_record("wait.socket.drained.again", ep, 0);
    CALL("ctl.del.socket", epoll_ctl(ep, EPOLL_CTL_DEL, sv[0], NULL));
    close(sv[0]);
    close(sv[1]);

    /* edge-triggered: ready when added is reported once, then again only
     * after new data arrives */
    int q[2];
    CHECK(pipe(q) == 0);
    CHECK(write(q[1], "a", 1) == 1);
    CALL("ctl.add.edge", add(ep, q[0], EPOLLIN | EPOLLET, 3));
    wait_and_record("wait.edge.1", ep, 1000);
    wait_and_record("wait.edge.2", ep, 0);
    CHECK(write(q[1], "b", 1) == 1);
    wait_and_record("wait.edge.new_data", ep, 1000);
    wait_and_record("wait.edge.new_data.again", ep, 0);
    CHECK(read(q[0], buf, sizeof buf) == 2);

    /* EPOLLOUT on a write end, hang-up on a read end */
    CALL("ctl.add.out", add(ep, q[1], EPOLLOUT, 4));
    wait_and_record("wait.out", ep, 1000);
    CALL("ctl.del.out", epoll_ctl(ep, EPOLL_CTL_DEL, q[1], NULL));
    CALL("ctl.mod.edge_to_level", epoll_ctl(ep, EPOLL_CTL_MOD, q[0], &(struct epoll_event){.events = EPOLLIN, .data.u64 = 5}));
    close(q[1]);
    wait_and_record("wait.hup", ep, 1000);
    CALL("ctl.del.hup", epoll_ctl(ep, EPOLL_CTL_DEL, q[0], NULL));
    close(q[0]);

    /* epoll_ctl errors */
    CALL("ctl.add.twice", add(ep, p[0], EPOLLIN, 6));
    CALL("ctl.mod.not_added", epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &(struct epoll_event){.events = EPOLLOUT}));
    CALL("ctl.del.not_added", epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL));
    CALL("ctl.add.self", add(ep, ep, EPOLLIN, 7));
    CALL("ctl.add.bad_fd", add(ep, 12345, EPOLLIN, 8));
    CALL("ctl.bad_op", epoll_ctl(ep, 9999, p[1], &(struct epoll_event){.events = EPOLLOUT}));
    CALL("ctl.not_epoll", add(p[0], p[1], EPOLLOUT, 9));
    char path[512];
    snprintf(path, sizeof path, "%s/epoll.txt", check_scratch_dir);
    int f = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(f >= 0);
    CALL("ctl.add.regular_file", add(ep, f, EPOLLIN, 10));
    close(f);

    /* epoll_wait errors */
    CALL("wait.maxevents0", epoll_wait(ep, evs, 0, 0));
    volatile int minus1 = -1; /* hidden from the compiler's bounds checks */
    CALL("wait.maxevents_negative", epoll_wait(ep, evs, minus1, 0));
    CALL("wait.bad_fd", epoll_wait(12345, evs, 4, 0));
    CALL("wait.not_epoll", epoll_wait(p[0], evs, 4, 0));
    CHECK(write(p[1], "z", 1) == 1);
    CALL_ISOLATED("wait.null_events", epoll_wait(ep, BAD_NULL, 4, 0));
    CALL_ISOLATED("wait.far_events", epoll_wait(ep, BAD_FAR, 4, 0));
    CHECK(read(p[0], buf, sizeof buf) == 1);

    /* closing the only descriptor of a registered pipe end removes it */
    CHECK(write(p[1], "w", 1) == 1);
    close(p[0]);
    wait_and_record("wait.after_close", ep, 0);
    close(p[1]);
    CALL("close.epoll", close(ep));
    CALL("wait.closed", epoll_wait(ep, evs, 4, 0));

    server_test();
    return check_done();
}
