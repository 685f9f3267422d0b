/* bind(): loopback addresses and port 0, a port in use, an address of
 * another host, bad lengths, families and descriptors. Fixed ports come from
 * check_port(), so tests running in parallel do not collide. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

static struct sockaddr_in v4(const char *ip, unsigned short port) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sockaddr_in a = v4("127.0.0.1", 0), got;
    socklen_t len;

    /* port 0: the system picks a port; getsockname shows it */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(s >= 0);
    CALL("bind.loopback.port0", bind(s, (struct sockaddr *)&a, sizeof a));
    len = sizeof got;
    memset(&got, 0, sizeof got);
    CALL("getsockname", getsockname(s, (struct sockaddr *)&got, &len));
    RECORD("getsockname.len", "%s", len == sizeof(struct sockaddr_in) ? "sizeof(sockaddr_in)" : "other");
    RECORD("getsockname.family", "%s", got.sin_family == AF_INET ? "AF_INET" : "other");
    RECORD("getsockname.addr", "%s", inet_ntoa(got.sin_addr));
    RECORD("getsockname.port", "%s", got.sin_port != 0 ? "nonzero" : "zero");
    /* a bound socket cannot be bound again */
    struct sockaddr_in other = v4("127.0.0.1", 0);
    CALL("bind.again", bind(s, (struct sockaddr *)&other, sizeof other));
    close(s);

    /* a port of this run: bound and listening, then wanted by another socket
     * (no SO_REUSEADDR) */
    unsigned short port = check_port(0);
    struct sockaddr_in same = v4("127.0.0.1", port);
    s = socket(AF_INET, SOCK_STREAM, 0);
    CALL("bind.port", bind(s, (struct sockaddr *)&same, sizeof same));
    len = sizeof got;
    memset(&got, 0, sizeof got);
    CALL("getsockname.port_given", getsockname(s, (struct sockaddr *)&got, &len));
    RECORD("getsockname.port_given.port", "%s", ntohs(got.sin_port) == port ? "the port" : "other");
    CALL("listen", listen(s, 4));
    int t = socket(AF_INET, SOCK_STREAM, 0);
    CALL("bind.in_use", bind(t, (struct sockaddr *)&same, sizeof same));
    close(t);
    t = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in any_same = v4("0.0.0.0", port);
    CALL("bind.in_use.any", bind(t, (struct sockaddr *)&any_same, sizeof any_same));
    close(t);

    /* an address no interface of this host has (TEST-NET-1) */
    t = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in far = v4("192.0.2.1", 0);
    CALL("bind.nonlocal", bind(t, (struct sockaddr *)&far, sizeof far));
    close(t);

    /* lengths */
    t = socket(AF_INET, SOCK_STREAM, 0);
    CALL("bind.len0", bind(t, (struct sockaddr *)&a, 0));
    CALL("bind.len_short", bind(t, (struct sockaddr *)&a, sizeof a - 1));
    CALL("bind.len_family_only", bind(t, (struct sockaddr *)&a, sizeof(sa_family_t)));
    CALL("bind.len_negative", bind(t, (struct sockaddr *)&a, (socklen_t)-1));
    static struct sockaddr_storage big;
    memcpy(&big, &a, sizeof a);
    CALL("bind.len_huge", bind(t, (struct sockaddr *)&big, 4096));
    CALL("bind.null", bind(t, BAD_NULL, sizeof a));
    CALL("bind.null.len0", bind(t, BAD_NULL, 0));
    /* a longer length than the family needs is accepted */
    CALL("bind.len_storage", bind(t, (struct sockaddr *)&big, sizeof big));
    close(t);

    /* families */
    t = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in6 a6;
    memset(&a6, 0, sizeof a6);
    a6.sin6_family = AF_INET6;
    a6.sin6_addr = in6addr_loopback;
    CALL("bind.inet6_addr.inet_socket", bind(t, (struct sockaddr *)&a6, sizeof a6));
    struct sockaddr_in wrong = v4("127.0.0.1", 0);
    wrong.sin_family = 9999;
    CALL("bind.bad_family", bind(t, (struct sockaddr *)&wrong, sizeof wrong));
    close(t);
    t = socket(AF_INET6, SOCK_STREAM, 0);
    CALL("bind.inet6.loopback", bind(t, (struct sockaddr *)&a6, sizeof a6));
    struct sockaddr_in6 got6;
    len = sizeof got6;
    memset(&got6, 0, sizeof got6);
    CALL("getsockname.inet6", getsockname(t, (struct sockaddr *)&got6, &len));
    RECORD("getsockname.inet6.len", "%s", len == sizeof(struct sockaddr_in6) ? "sizeof(sockaddr_in6)" : "other");
    char text[64] = "";
    inet_ntop(AF_INET6, &got6.sin6_addr, text, sizeof text);
    RECORD("getsockname.inet6.addr", "%s", text);
    RECORD("getsockname.inet6.port", "%s", got6.sin6_port != 0 ? "nonzero" : "zero");
    close(t);
    t = socket(AF_INET6, SOCK_STREAM, 0);
    CALL("bind.inet6.len_short", bind(t, (struct sockaddr *)&a6, sizeof a6 - 1));
    CALL("bind.inet_addr.inet6_socket", bind(t, (struct sockaddr *)&a, sizeof a));
    close(t);

    /* descriptors */
    CALL("bind.bad_fd", bind(12345, (struct sockaddr *)&a, sizeof a));
    int p[2];
    CHECK(pipe(p) == 0);
    CALL("bind.pipe", bind(p[0], (struct sockaddr *)&a, sizeof a));
    close(p[0]);
    close(p[1]);

    /* once the listener is gone the port can be bound again (nothing was
     * ever connected to it, so it is not in TIME_WAIT) */
    close(s);
    t = socket(AF_INET, SOCK_STREAM, 0);
    CALL("bind.after_close", bind(t, (struct sockaddr *)&same, sizeof same));
    close(t);
    return check_done();
}
