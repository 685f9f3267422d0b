/* recv(): MSG_PEEK leaves the data for the next recv and for read();
 * MSG_WAITALL waits for the whole length; MSG_DONTWAIT on a blocking
 * socket is EAGAIN and leaves it blocking; a non-blocking socket without
 * data is EAGAIN; 0 at the end of the stream; bad and non-socket
 * descriptors; recv(), read() and accept() blocked for longer than the
 * runtime's own limit. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static int pair[2];

/* Blocks in recv() on pair[1] until the main thread sends. */
static void *blocked_reader(void *arg) {
    char *out = arg;
    ssize_t n = recv(pair[1], out, 8, 0);
    if (n > 0) out[n] = 0;
    return NULL;
}

/* The same on a connected AF_UNIX stream pair: MSG_DONTWAIT does not block
 * and leaves the descriptor's own O_NONBLOCK alone, also while another thread
 * blocks on the same descriptor. */
static void pair_cases(void) {
    char buf[32];

    CALL("pair.pair", socketpair(AF_UNIX, SOCK_STREAM, 0, pair));

    /* nothing queued */
    CALL("pair.dontwait.empty", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    RECORD("pair.dontwait.empty.getfl", "%s", check_fl_name(fcntl(pair[1], F_GETFL)));
    CALL("pair.peek.dontwait.empty", recv(pair[1], buf, sizeof buf, MSG_PEEK | MSG_DONTWAIT));

    /* data queued: peek, then take it */
    CALL("pair.send", send(pair[0], "abcdef", 6, MSG_DONTWAIT));
    memset(buf, 0, sizeof buf);
    CALL("pair.peek", recv(pair[1], buf, 3, MSG_PEEK));
    RECORD("pair.peek.data", "%s", buf);
    memset(buf, 0, sizeof buf);
    CALL("pair.dontwait.data", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    RECORD("pair.dontwait.data.data", "%s", buf);
    CALL("pair.dontwait.drained", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));

    /* MSG_WAITALL: two sends, one receive of both */
    CALL("pair.waitall.send.a", send(pair[0], "12", 2, 0));
    CALL("pair.waitall.send.b", send(pair[0], "34", 2, 0));
    memset(buf, 0, sizeof buf);
    CALL("pair.waitall", recv(pair[1], buf, 4, MSG_WAITALL));
    RECORD("pair.waitall.data", "%s", buf);

    /* a thread blocked in recv() stays blocked while this thread uses
     * MSG_DONTWAIT on the same descriptor, and gets the data sent later */
    char got[16] = {0};
    pthread_t t;
    CHECK(pthread_create(&t, NULL, blocked_reader, got) == 0);
    check_sleep_ms(200);
    CALL("pair.dontwait.while_blocked", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    CALL("pair.send.to_blocked", send(pair[0], "late", 4, 0));
    CHECK(pthread_join(t, NULL) == 0);
    RECORD("pair.blocked.data", "%s", got);

    /* the peer goes away: MSG_DONTWAIT reads end of file */
    CALL("pair.close.0", close(pair[0]));
    check_sleep_ms(200); /* the end of the stream takes a moment to arrive over loopback TCP */
    CALL("pair.dontwait.eof", recv(pair[1], buf, sizeof buf, MSG_DONTWAIT));
    CALL("pair.close.1", close(pair[1]));

    /* not a socket, bad descriptor */
    int fds[2];
    CALL("pair.pipe", pipe(fds));
    CALL("pair.notsock", recv(fds[0], buf, sizeof buf, MSG_DONTWAIT));
    close(fds[0]);
    close(fds[1]);
    CALL("pair.badf", recv(-1, buf, sizeof buf, MSG_DONTWAIT));
}

/* Blocking calls wait for as long as it takes: a recv(), a read() and an
 * accept() blocked for 31 s (longer than the runtime waits on its own) get the
 * data and the connection that come then. */
struct long_wait {
    int fd;
    int use_read;
    char got[16];
};

static void *long_transfer(void *arg) {
    struct long_wait *w = arg;
    ssize_t n = w->use_read ? read(w->fd, w->got, sizeof w->got - 1) : recv(w->fd, w->got, sizeof w->got - 1, 0);
    if (n < 0) snprintf(w->got, sizeof w->got, "%s", check_errno_name(errno));
    return NULL;
}

static void *long_accept(void *arg) {
    struct long_wait *w = arg;
    int a = accept(w->fd, NULL, NULL);
    snprintf(w->got, sizeof w->got, "%s", a >= 0 ? "accepted" : check_errno_name(errno));
    if (a >= 0) close(a);
    return NULL;
}

static void long_waits(int l) {
    int s1, s2;
    int c1 = check_tcp_pair(l, AF_INET, 0, &s1), c2 = check_tcp_pair(l, AF_INET, 0, &s2);
    CHECK(c1 >= 0 && c2 >= 0);
    struct long_wait w[3] = {{s1, 0, ""}, {s2, 1, ""}, {l, 0, ""}};
    pthread_t t[3];
    CHECK(pthread_create(&t[0], NULL, long_transfer, &w[0]) == 0);
    CHECK(pthread_create(&t[1], NULL, long_transfer, &w[1]) == 0);
    CHECK(pthread_create(&t[2], NULL, long_accept, &w[2]) == 0);
    check_sleep_ms(31000);
    CHECK(send(c1, "late", 4, 0) == 4 && send(c2, "late", 4, 0) == 4);
    int c3 = check_tcp_connect(AF_INET, 0);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    RECORD("long_wait.recv", "%s", w[0].got);
    RECORD("long_wait.read", "%s", w[1].got);
    RECORD("long_wait.accept", "%s", w[2].got);
    close(c3);
    close(c1);
    close(c2);
    close(s1);
    close(s2);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    char b[16], pk[16];

    CALL("send.xyz", send(c, "xyz", 3, 0));
    memset(pk, 0, sizeof pk);
    CALL("recv.peek_waitall", recv(s, pk, 3, MSG_PEEK | MSG_WAITALL));
    RECORD("recv.peek_waitall.data", "%s", pk);
    memset(b, 0, sizeof b);
    CALL("recv.after_peek", recv(s, b, 3, MSG_WAITALL));
    RECORD("recv.after_peek.data", "%s", b);

    /* peeked bytes come first for read() too */
    CALL("send.pq", send(c, "pq", 2, 0));
    memset(pk, 0, sizeof pk);
    CALL("recv.peek", recv(s, pk, 2, MSG_PEEK | MSG_WAITALL));
    memset(b, 0, sizeof b);
    CALL("read.after_peek", read(s, b, 2));
    RECORD("read.after_peek.data", "%s", b);

    /* MSG_WAITALL gathers two sends */
    CALL("send.ab", send(c, "ab", 2, 0));
    CALL("send.cd", send(c, "cd", 2, 0));
    memset(b, 0, sizeof b);
    CALL("recv.waitall", recv(s, b, 4, MSG_WAITALL));
    RECORD("recv.waitall.data", "%s", b);

    CALL("recv.dontwait", recv(s, b, sizeof b, MSG_DONTWAIT));
    RECORD("recv.dontwait.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CHECK(fcntl(s, F_SETFL, O_NONBLOCK) == 0);
    CALL("recv.nonblock.empty", recv(s, b, sizeof b, 0));
    CALL("recv.zero_length", recv(s, b, 0, 0));
    CHECK(fcntl(s, F_SETFL, 0) == 0);

    CALL("recv.bad_fd", recv(999, b, 1, 0));
    CALL("recv.not_socket", recv(0, b, 1, 0));
    close(c);
    CALL("recv.eof", recv(s, b, sizeof b, 0));
    close(s);
    long_waits(l);
    close(l);
    signal(SIGPIPE, SIG_IGN);
    pair_cases();
    return check_done();
}
