/* TCP echo inside one guest: a server thread and a client, blocking and
 * non-blocking, over 127.0.0.1 and ::1 (ports 47100-47103). */
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>

#include "nettest.h"

struct server_args { int listener; int rounds; };

static void *echo_server(void *p) {
    struct server_args *a = p;
    for (int r = 0; r < a->rounds; ++r) {
        struct sockaddr_storage peer;
        socklen_t plen = sizeof peer;
        int c = accept(a->listener, (struct sockaddr *)&peer, &plen);
        if (c < 0) { printf("accept failed errno %d\n", errno); return NULL; }
        char buf[4096];
        for (;;) {
            ssize_t n = recv(c, buf, sizeof buf, 0);
            if (n <= 0) break;
            ssize_t off = 0;
            while (off < n) {
                ssize_t w = send(c, buf + off, (size_t)(n - off), MSG_NOSIGNAL);
                if (w <= 0) break;
                off += w;
            }
        }
        close(c);
    }
    return NULL;
}

static void echo_round_trip(int c, size_t size) {
    char *out = malloc(size), *in = malloc(size);
    for (size_t i = 0; i < size; ++i) out[i] = (char)(i * 7 + 3);
    size_t sent = 0;
    while (sent < size) {
        ssize_t w = send(c, out + sent, size - sent, 0);
        REQUIRE(w > 0);
        sent += (size_t)w;
    }
    ssize_t n = recv(c, in, size, MSG_WAITALL);
    CHECK(n == (ssize_t)size);
    CHECK(memcmp(in, out, size) == 0);
    free(out);
    free(in);
}

static void blocking_v4(void) {
    int l = nt_listen(AF_INET, "127.0.0.1", 47100);
    struct sockaddr_in got;
    socklen_t glen = sizeof got;
    CHECK(getsockname(l, (struct sockaddr *)&got, &glen) == 0);
    CHECK(glen == sizeof got && got.sin_family == AF_INET && ntohs(got.sin_port) == 47100);
    CHECK(got.sin_addr.s_addr == htonl(INADDR_LOOPBACK));

    struct server_args sa = {l, 1};
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, echo_server, &sa) == 0);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(c >= 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47100);
    REQUIRE(connect(c, (struct sockaddr *)&to, sizeof to) == 0);
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    CHECK(getpeername(c, (struct sockaddr *)&peer, &plen) == 0);
    CHECK(plen == sizeof peer && ntohs(peer.sin_port) == 47100);
    echo_round_trip(c, 5);
    echo_round_trip(c, 100000);
    /* read/write work on sockets too */
    CHECK(write(c, "abc", 3) == 3);
    char b[3];
    ssize_t n = 0;
    while (n < 3) { ssize_t r = read(c, b + n, (size_t)(3 - n)); if (r <= 0) break; n += r; }
    CHECK(n == 3 && memcmp(b, "abc", 3) == 0);
    /* MSG_PEEK leaves the data in place */
    CHECK(send(c, "xyz", 3, 0) == 3);
    char pk[3];
    CHECK(recv(c, pk, 3, MSG_PEEK | MSG_WAITALL) >= 1);
    CHECK(recv(c, b, 3, MSG_WAITALL) == 3 && memcmp(b, "xyz", 3) == 0);
    CHECK(pk[0] == 'x');
    /* peeked bytes come first for read() too */
    CHECK(send(c, "pq", 2, 0) == 2);
    CHECK(recv(c, pk, 2, MSG_PEEK | MSG_WAITALL) == 2 && memcmp(pk, "pq", 2) == 0);
    n = 0;
    while (n < 2) { ssize_t r = read(c, b + n, (size_t)(2 - n)); if (r <= 0) break; n += r; }
    CHECK(n == 2 && memcmp(b, "pq", 2) == 0);
    CHECK(shutdown(c, SHUT_WR) == 0);
    CHECK(recv(c, b, 1, 0) == 0); /* server closes after our EOF */
    close(c);
    pthread_join(t, NULL);
    close(l);
}

static void blocking_v6(void) {
    int l = nt_listen(AF_INET6, "::1", 47101);
    struct server_args sa = {l, 1};
    pthread_t t;
    REQUIRE(pthread_create(&t, NULL, echo_server, &sa) == 0);
    int c = socket(AF_INET6, SOCK_STREAM, 0);
    REQUIRE(c >= 0);
    struct sockaddr_in6 to = nt_v6("::1", 47101);
    REQUIRE(connect(c, (struct sockaddr *)&to, sizeof to) == 0);
    struct sockaddr_in6 peer;
    socklen_t plen = sizeof peer;
    CHECK(getpeername(c, (struct sockaddr *)&peer, &plen) == 0);
    CHECK(plen == sizeof peer && peer.sin6_family == AF_INET6 && ntohs(peer.sin6_port) == 47101);
    CHECK(IN6_IS_ADDR_LOOPBACK(&peer.sin6_addr));
    echo_round_trip(c, 1000);
    close(c);
    pthread_join(t, NULL);
    close(l);
}

static void nonblocking_v4(void) {
    int l = nt_listen(AF_INET, "127.0.0.1", 47102);
    int fl = fcntl(l, F_GETFL);
    CHECK(fcntl(l, F_SETFL, fl | O_NONBLOCK) == 0);
    CHECK((fcntl(l, F_GETFL) & O_NONBLOCK) != 0);
    /* nothing pending */
    CHECK_ERR(accept(l, NULL, NULL), EAGAIN);

    int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    REQUIRE(c >= 0);
    CHECK((fcntl(c, F_GETFL) & O_NONBLOCK) != 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47102);
    int r = connect(c, (struct sockaddr *)&to, sizeof to);
    CHECK(r == 0 || (r == -1 && errno == EINPROGRESS));
    struct pollfd pw = {c, POLLOUT, 0};
    CHECK(poll(&pw, 1, 5000) == 1 && (pw.revents & POLLOUT));
    int err = -1;
    socklen_t elen = sizeof err;
    CHECK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &elen) == 0 && err == 0 && elen == sizeof err);

    struct pollfd pl = {l, POLLIN, 0};
    CHECK(poll(&pl, 1, 5000) == 1 && (pl.revents & POLLIN));
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int s = accept4(l, (struct sockaddr *)&peer, &plen, SOCK_NONBLOCK);
    REQUIRE(s >= 0);
    CHECK(peer.sin_family == AF_INET && peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
    CHECK((fcntl(s, F_GETFL) & O_NONBLOCK) != 0);
    /* client's local port is the server's peer port */
    struct sockaddr_in mine;
    socklen_t mlen = sizeof mine;
    CHECK(getsockname(c, (struct sockaddr *)&mine, &mlen) == 0 && mine.sin_port == peer.sin_port);

    char b[16];
    CHECK_ERR(recv(s, b, sizeof b, 0), EAGAIN);
    CHECK(send(c, "hello", 5, 0) == 5);
    struct pollfd pr = {s, POLLIN, 0};
    CHECK(poll(&pr, 1, 5000) == 1 && (pr.revents & POLLIN));
    CHECK(recv(s, b, sizeof b, 0) == 5 && memcmp(b, "hello", 5) == 0);
    CHECK(send(s, "world", 5, 0) == 5);
    pr.fd = c;
    pr.revents = 0;
    CHECK(poll(&pr, 1, 5000) == 1);
    CHECK(recv(c, b, sizeof b, 0) == 5 && memcmp(b, "world", 5) == 0);

    /* MSG_DONTWAIT on a blocking socket */
    int bl = fcntl(s, F_GETFL);
    CHECK(fcntl(s, F_SETFL, bl & ~O_NONBLOCK) == 0);
    CHECK_ERR(recv(s, b, sizeof b, MSG_DONTWAIT), EAGAIN);
    CHECK((fcntl(s, F_GETFL) & O_NONBLOCK) == 0); /* restored */
    close(c);
    close(s);
    close(l);
}

static void refused(void) {
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47103);
    CHECK_ERR(connect(c, (struct sockaddr *)&to, sizeof to), ECONNREFUSED);
    close(c);
}

int main(void) {
    blocking_v4();
    blocking_v6();
    nonblocking_v4();
    refused();
    return nt_done("tcp_echo");
}
