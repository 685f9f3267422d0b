/* connect(): to a listener on 127.0.0.1 and ::1 (an echo server in a second
 * thread), data both ways (5 bytes, 100000 bytes, read/write on the socket
 * too), the peer address; a non-blocking connect; a port nobody listens
 * on is ECONNREFUSED; bad addresses, lengths, families and descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static void *echo_server(void *p) {
    int c = accept(*(int *)p, NULL, NULL);
    if (c < 0) return NULL;
    char buf[4096];
    for (;;) {
        ssize_t n = recv(c, buf, sizeof buf, 0);
        if (n <= 0) break;
        for (ssize_t off = 0, w; off < n; off += w)
            if ((w = send(c, buf + off, (size_t)(n - off), MSG_NOSIGNAL)) <= 0) break;
    }
    close(c);
    return NULL;
}

/* Sends size bytes and reads them back; "same" when they match. */
static void round_trip(const char *name, int c, size_t size) {
    char *out = malloc(size), *in = malloc(size);
    for (size_t i = 0; i < size; ++i) out[i] = (char)(i * 7 + 3);
    size_t sent = 0;
    while (sent < size) {
        ssize_t w = send(c, out + sent, size - sent, 0);
        if (w <= 0) break;
        sent += (size_t)w;
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = recv(c, in + got, size - got, 0);
        if (r <= 0) break;
        got += (size_t)r;
    }
    RECORD(name, "sent %zu, got %zu, %s", sent, got, got == size && !memcmp(in, out, size) ? "same" : "different");
    free(out);
    free(in);
}

static void echo(const char *name, int family, int port_index) {
    char key[96];
    int l = check_tcp_listen(family, port_index);
    CHECK(l >= 0);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, echo_server, &l) == 0);
    struct sockaddr_storage to;
    socklen_t len = check_loopback(family, port_index, &to);
    int c = socket(family, SOCK_STREAM, 0);
    snprintf(key, sizeof key, "%s.connect", name);
    CALL(key, connect(c, (struct sockaddr *)&to, len));
    snprintf(key, sizeof key, "%s.connect.again", name);
    CALL(key, connect(c, (struct sockaddr *)&to, len));
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    snprintf(key, sizeof key, "%s.getpeername", name);
    CALL(key, getpeername(c, (struct sockaddr *)&peer, &plen));
    snprintf(key, sizeof key, "%s.getpeername.same", name);
    RECORD(key, "%s", plen == len && !memcmp(&peer, &to, len) ? "yes" : "no");
    snprintf(key, sizeof key, "%s.echo.5", name);
    round_trip(key, c, 5);
    snprintf(key, sizeof key, "%s.echo.100000", name);
    round_trip(key, c, 100000);
    snprintf(key, sizeof key, "%s.write", name);
    CALL(key, write(c, "abc", 3));
    char b[4] = {0};
    ssize_t n = 0;
    while (n < 3) {
        ssize_t r = read(c, b + n, (size_t)(3 - n));
        if (r <= 0) break;
        n += r;
    }
    snprintf(key, sizeof key, "%s.read", name);
    RECORD(key, "%zd %s", n, b);
    snprintf(key, sizeof key, "%s.shutdown", name);
    CALL(key, shutdown(c, SHUT_WR));
    snprintf(key, sizeof key, "%s.eof", name);
    CALL(key, recv(c, b, 1, 0)); /* the server closes after our EOF */
    close(c);
    pthread_join(t, NULL);
    close(l);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    echo("v4", AF_INET, 0);
    echo("v6", AF_INET6, 1);

    /* non-blocking: connect either completes at once or is EINPROGRESS
     * (Linux: EINPROGRESS; WASIX completes at once), then the socket polls
     * writable and SO_ERROR is 0 */
    int l = check_tcp_listen(AF_INET, 3);
    CHECK(l >= 0);
    struct sockaddr_storage to;
    socklen_t len = check_loopback(AF_INET, 3, &to);
    int nb = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int r = connect(nb, (struct sockaddr *)&to, len);
    RECORD("nonblock.connect", "%s", r == 0 || errno == EINPROGRESS ? "ok or EINPROGRESS" : check_errno_name(errno));
    struct pollfd pw = {nb, POLLOUT, 0};
    CALL("nonblock.poll_out", poll(&pw, 1, 5000));
    int err = -1;
    socklen_t elen = sizeof err;
    CALL("nonblock.so_error", getsockopt(nb, SOL_SOCKET, SO_ERROR, &err, &elen));
    RECORD("nonblock.so_error.value", "%s", check_errno_name(err));
    close(nb);
    close(l);

    len = check_loopback(AF_INET, 2, &to);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    CALL("refused", connect(c, (struct sockaddr *)&to, len));
    close(c);

    int s = socket(AF_INET, SOCK_STREAM, 0);
    CALL("null", connect(s, BAD_NULL, len));
    CALL("len_short", connect(s, (struct sockaddr *)&to, len - 1));
    struct sockaddr_storage to6;
    socklen_t len6 = check_loopback(AF_INET6, 2, &to6);
    /* an IPv6 address on an IPv4 socket, whatever its length */
    CALL("inet6_addr.inet_socket", connect(s, (struct sockaddr *)&to6, len6 - 4));
    CALL("bad_fd", connect(-1, (struct sockaddr *)&to, len));
    CALL("not_socket", connect(1, (struct sockaddr *)&to, len));
    close(s);
    return check_done();
}
