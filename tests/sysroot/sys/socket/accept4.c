/* accept4(): flags of the accepted socket (SOCK_NONBLOCK, SOCK_CLOEXEC),
 * blocking on a blocking listener whatever the flags say, the peer address
 * and its length, and bad arguments. A second thread connects after a delay;
 * loopback only, on a port of this run (check_port). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static struct sockaddr_in listen_addr;

/* Connects to the listener after `arg` ms and holds the connection until the
 * main thread has looked at it (it writes one byte, then waits for EOF). */
static void *connector(void *arg) {
    long delay = (long)(intptr_t)arg;
    check_sleep_ms(delay);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (c < 0 || connect(c, (struct sockaddr *)&listen_addr, sizeof listen_addr) != 0) {
        printf("CHECK FAILED connector: connect (errno %s)\n", check_errno_name(errno));
        fflush(stdout);
        if (c >= 0) close(c);
        return NULL;
    }
    char b;
    (void)write(c, "!", 1);
    while (read(c, &b, 1) > 0) {}
    close(c);
    return NULL;
}

static pthread_t start_connector(long delay_ms) {
    pthread_t t;
    CHECK(pthread_create(&t, NULL, connector, (void *)(intptr_t)delay_ms) == 0);
    return t;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    char buf[8];
    struct sockaddr_in peer;
    socklen_t len;

    int ls = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(ls >= 0);
    memset(&listen_addr, 0, sizeof listen_addr);
    listen_addr.sin_family = AF_INET;
    listen_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    listen_addr.sin_port = htons(check_port(0));
    CHECK(bind(ls, (struct sockaddr *)&listen_addr, sizeof listen_addr) == 0);

    /* not listening yet */
    CALL("accept4.not_listening", accept4(ls, NULL, NULL, 0));
    CHECK(listen(ls, 8) == 0);

    /* bad arguments that are checked before any connection is needed */
    CALL("accept4.bad_fd", accept4(12345, NULL, NULL, 0));
    CALL("accept4.bad_flags", accept4(ls, NULL, NULL, 0x40000000));
    CALL("accept4.flag_append", accept4(ls, NULL, NULL, O_APPEND));
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("accept4.pipe", accept4(p[0], NULL, NULL, 0));
    close(p[0]);
    close(p[1]);

    /* SOCK_NONBLOCK is about the new socket: on a blocking listener the
     * call still waits for the connection */
    long long t0 = check_now_ms();
    pthread_t t = start_connector(300);
    len = sizeof peer;
    memset(&peer, 0, sizeof peer);
    int s = CALL_FD("accept4.nonblock", accept4(ls, (struct sockaddr *)&peer, &len, SOCK_NONBLOCK));
    long long waited = check_now_ms() - t0;
    RECORD("accept4.nonblock.blocked", "%s", waited >= 200 ? "yes" : "no");
    RECORD("accept4.nonblock.len", "%s", len == sizeof(struct sockaddr_in) ? "sizeof(sockaddr_in)" : "other");
    RECORD("accept4.nonblock.peer", "%s %s", peer.sin_family == AF_INET ? "AF_INET" : "other",
           inet_ntoa(peer.sin_addr));
    RECORD("accept4.nonblock.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CALL("accept4.nonblock.getfd", fcntl(s, F_GETFD));
    /* the listener itself is unchanged */
    RECORD("listener.getfl", "%s", check_fl_name(fcntl(ls, F_GETFL)));
    /* the new socket does not block: wait for the connector's byte by polling */
    long long deadline = check_now_ms() + 5000;
    ssize_t n;
    while ((n = read(s, buf, 1)) == -1 && errno == EAGAIN && check_now_ms() < deadline) check_sleep_ms(10);
    RECORD("accept4.nonblock.read", "%s", n == 1 ? "1 byte" : check_errno_name(errno));
    CALL("accept4.nonblock.read.empty", read(s, buf, 1));
    close(s);
    CHECK(pthread_join(t, NULL) == 0);

    /* SOCK_CLOEXEC */
    t = start_connector(50);
    s = CALL_FD("accept4.cloexec", accept4(ls, NULL, NULL, SOCK_CLOEXEC));
    CALL("accept4.cloexec.getfd", fcntl(s, F_GETFD));
    RECORD("accept4.cloexec.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CALL("accept4.cloexec.read", read(s, buf, 1));
    close(s);
    CHECK(pthread_join(t, NULL) == 0);

    /* both flags, and a length smaller than the address: truncated, the
     * full length reported */
    t = start_connector(50);
    unsigned char small[4] = {0xee, 0xee, 0xee, 0xee};
    len = sizeof small;
    s = CALL_FD("accept4.both", accept4(ls, (struct sockaddr *)small, &len, SOCK_NONBLOCK | SOCK_CLOEXEC));
    RECORD("accept4.both.len", "%s", len == sizeof(struct sockaddr_in) ? "sizeof(sockaddr_in)" : "other");
    RECORD("accept4.both.truncated_family", "%s",
           ((struct sockaddr *)small)->sa_family == AF_INET ? "AF_INET" : "other");
    CALL("accept4.both.getfd", fcntl(s, F_GETFD));
    RECORD("accept4.both.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    close(s);
    CHECK(pthread_join(t, NULL) == 0);

    /* a zero length: nothing stored, the full length reported */
    t = start_connector(50);
    memset(&peer, 0xee, sizeof peer);
    len = 0;
    s = CALL_FD("accept4.len0", accept4(ls, (struct sockaddr *)&peer, &len, 0));
    RECORD("accept4.len0.len", "%s", len == sizeof(struct sockaddr_in) ? "sizeof(sockaddr_in)" : "other");
    RECORD("accept4.len0.untouched", "%s", ((unsigned char *)&peer)[0] == 0xee ? "yes" : "no");
    close(s);
    CHECK(pthread_join(t, NULL) == 0);

    /* a non-blocking listener with nothing pending */
    CHECK(fcntl(ls, F_SETFL, O_NONBLOCK) == 0);
    CALL("accept4.nothing_pending", accept4(ls, NULL, NULL, 0));
    CALL("accept4.nothing_pending.nonblock", accept4(ls, NULL, NULL, SOCK_NONBLOCK));
    len = sizeof peer;
    CALL("accept4.nothing_pending.null_len", accept4(ls, (struct sockaddr *)&peer, BAD_NULL, 0));
    close(ls);
    CALL("accept4.closed", accept4(ls, NULL, NULL, 0));
    return check_done();
}
