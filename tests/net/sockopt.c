/* getsockopt/setsockopt round trips for the options WASIX can express, and
 * ENOPROTOOPT for those it cannot. Ports 47113-47114. */
#include <netinet/tcp.h>
#include <sys/select.h>

#include "nettest.h"

static int get_int(int s, int level, int name) {
    int v = -12345;
    socklen_t len = sizeof v;
    if (getsockopt(s, level, name, &v, &len) != 0) return -1000 - errno;
    if (len != sizeof v) return -999;
    return v;
}

static void flag_round_trip(int s, int level, int name, const char *what) {
    int on = 1, off = 0;
    if (setsockopt(s, level, name, &on, sizeof on) != 0 || get_int(s, level, name) != 1 ||
        setsockopt(s, level, name, &off, sizeof off) != 0 || get_int(s, level, name) != 0) {
        printf("FAIL flag round trip %s (errno %d)\n", what, errno);
        nt_failures++;
    }
}

int main(void) {
    /* a fresh TCP socket */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    flag_round_trip(s, SOL_SOCKET, SO_REUSEADDR, "SO_REUSEADDR");
    flag_round_trip(s, SOL_SOCKET, SO_REUSEPORT, "SO_REUSEPORT");
    flag_round_trip(s, SOL_SOCKET, SO_KEEPALIVE, "SO_KEEPALIVE");
    flag_round_trip(s, IPPROTO_TCP, TCP_NODELAY, "TCP_NODELAY");

    /* the VALUE is read, not the pointer: a non-null pointer to 0 turns it off */
    int one = 1, zero = 0;
    CHECK(setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one) == 0);
    CHECK(setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &zero, sizeof zero) == 0);
    CHECK(get_int(s, SOL_SOCKET, SO_KEEPALIVE) == 0);

    int sz = 16384;
    CHECK(setsockopt(s, SOL_SOCKET, SO_RCVBUF, &sz, sizeof sz) == 0);
    CHECK(get_int(s, SOL_SOCKET, SO_RCVBUF) == 16384);
    sz = 32768;
    CHECK(setsockopt(s, SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz) == 0);
    CHECK(get_int(s, SOL_SOCKET, SO_SNDBUF) == 32768);

    struct timeval tv = {2, 500000}, got;
    socklen_t len = sizeof got;
    CHECK(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) == 0);
    CHECK(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &got, &len) == 0 && len == sizeof got);
    CHECK(got.tv_sec == 2 && got.tv_usec == 500000);
    tv.tv_sec = 1;
    tv.tv_usec = 0;
    CHECK(setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) == 0);
    len = sizeof got;
    CHECK(getsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &got, &len) == 0 && got.tv_sec == 1 && got.tv_usec == 0);
    tv.tv_sec = 0;
    CHECK(setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) == 0); /* 0 = no timeout */
    len = sizeof got;
    CHECK(getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &got, &len) == 0 && got.tv_sec == 0 && got.tv_usec == 0);

    CHECK(get_int(s, SOL_SOCKET, SO_TYPE) == SOCK_STREAM);
    CHECK(get_int(s, SOL_SOCKET, SO_PROTOCOL) == IPPROTO_TCP);
    CHECK(get_int(s, SOL_SOCKET, SO_DOMAIN) == AF_INET);
    CHECK(get_int(s, SOL_SOCKET, SO_ERROR) == 0);
    CHECK(get_int(s, SOL_SOCKET, SO_ACCEPTCONN) == 0);

    /* read-only and inexpressible options */
    CHECK_ERR(setsockopt(s, SOL_SOCKET, SO_TYPE, &one, sizeof one), ENOPROTOOPT);
    CHECK_ERR(setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &one, sizeof one), ENOPROTOOPT);
    CHECK_ERR(setsockopt(s, IPPROTO_TCP, TCP_KEEPINTVL, &one, sizeof one), ENOPROTOOPT);
    CHECK_ERR(setsockopt(s, IPPROTO_TCP, TCP_KEEPCNT, &one, sizeof one), ENOPROTOOPT);
    CHECK_ERR(setsockopt(s, SOL_SOCKET, SO_PRIORITY, &one, sizeof one), ENOPROTOOPT);
    CHECK_ERR(setsockopt(s, 9999, 1, &one, sizeof one), ENOPROTOOPT);
    int v;
    len = sizeof v;
    CHECK_ERR(getsockopt(s, SOL_SOCKET, SO_PRIORITY, &v, &len), ENOPROTOOPT);
    /* what the runtime refuses for this socket is ENOPROTOOPT too, never silent */
    struct linger lg = {1, 5};
    int r = setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    CHECK(r == 0 || errno == ENOPROTOOPT);
    r = setsockopt(s, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    CHECK(r == 0 || errno == ENOPROTOOPT);
    r = setsockopt(s, IPPROTO_IP, IP_MULTICAST_TTL, &one, sizeof one);
    CHECK(r == 0 || errno == ENOPROTOOPT);

    /* bad arguments */
    CHECK_ERR(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, NULL, sizeof one), EFAULT);
    CHECK_ERR(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 2), EINVAL);
    CHECK_ERR(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, NULL), EFAULT);
    len = (socklen_t)-1;
    CHECK_ERR(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len), EINVAL);
    CHECK_ERR(setsockopt(999, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one), EBADF);
    CHECK_ERR(setsockopt(1, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one), ENOTSOCK);
    len = sizeof v;
    CHECK_ERR(getsockopt(1, SOL_SOCKET, SO_TYPE, &v, &len), ENOTSOCK);
    /* a short buffer gets a truncated value and the truncated length */
    unsigned char small = 0xee;
    len = 1;
    CHECK(getsockopt(s, SOL_SOCKET, SO_TYPE, &small, &len) == 0 && len == 1 && small == SOCK_STREAM);

    /* IPv6 */
    int s6 = socket(AF_INET6, SOCK_STREAM, 0);
    REQUIRE(s6 >= 0);
    flag_round_trip(s6, IPPROTO_IPV6, IPV6_V6ONLY, "IPV6_V6ONLY");
    CHECK(get_int(s6, SOL_SOCKET, SO_DOMAIN) == AF_INET6);

    /* a listening socket */
    int l = nt_listen(AF_INET, "127.0.0.1", 47113);
    CHECK(get_int(l, SOL_SOCKET, SO_ACCEPTCONN) == 1);
    /* a connected socket */
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to = nt_v4("127.0.0.1", 47113);
    REQUIRE(connect(c, (struct sockaddr *)&to, sizeof to) == 0);
    flag_round_trip(c, IPPROTO_TCP, TCP_NODELAY, "TCP_NODELAY (connected)");
    flag_round_trip(c, SOL_SOCKET, SO_KEEPALIVE, "SO_KEEPALIVE (connected)");
    int ttl = get_int(c, IPPROTO_IP, IP_TTL);
    CHECK(ttl > 0 && ttl <= 255);
    CHECK(get_int(c, SOL_SOCKET, SO_ERROR) == 0);
    CHECK(get_int(c, SOL_SOCKET, SO_ACCEPTCONN) == 0);

    close(c);
    close(l);
    close(s6);
    close(s);
    return nt_done("sockopt");
}
