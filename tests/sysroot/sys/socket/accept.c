/* accept(): the peer address (loopback, and the client's own port), a
 * short address buffer (truncated copy, the full length reported, nothing
 * written beyond), a null length with a buffer (EFAULT) and a negative one
 * (EINVAL) - both found after the connection was taken, as on Linux, so
 * each costs a throwaway client; nothing pending on a non-blocking
 * listener (EAGAIN); bad, non-socket and non-listening descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CALL("accept.bad_fd", accept(999, NULL, NULL));
    CALL("accept.not_socket", accept(1, NULL, NULL));
    int s0 = socket(AF_INET, SOCK_STREAM, 0);
    CALL("accept.not_listening", accept(s0, NULL, NULL));
    close(s0);

    int l = check_tcp_listen(AF_INET, 0);
    CHECK(l >= 0);
    CHECK(fcntl(l, F_SETFL, O_NONBLOCK) == 0);
    CALL("accept.nothing_pending", accept(l, NULL, NULL));
    CHECK(fcntl(l, F_SETFL, 0) == 0);

    struct sockaddr_in peer;
    int t1 = check_tcp_connect(AF_INET, 0);
    CHECK(t1 >= 0);
    CALL("accept.null_len", accept(l, (struct sockaddr *)&peer, NULL));
    int t2 = check_tcp_connect(AF_INET, 0);
    CHECK(t2 >= 0);
    socklen_t neg = (socklen_t)-1;
    CALL("accept.negative_len", accept(l, (struct sockaddr *)&peer, &neg));
    close(t1);
    close(t2);

    int c = check_tcp_connect(AF_INET, 0);
    CHECK(c >= 0);
    unsigned char guard[32];
    memset(guard, 0xAA, sizeof guard);
    socklen_t plen = 6;
    int srv = CALL_FD("accept.short_buffer", accept(l, (struct sockaddr *)guard, &plen));
    RECORD("accept.short_buffer.len", "%u", (unsigned)plen);
    RECORD("accept.short_buffer.family", "%s", ((struct sockaddr *)guard)->sa_family == AF_INET ? "AF_INET" : "other");
    int clean = 1;
    for (int i = 6; i < 32; ++i) clean &= guard[i] == 0xAA;
    RECORD("accept.short_buffer.beyond", "%s", clean ? "untouched" : "written");
    close(srv);

    struct sockaddr_in mine;
    socklen_t mlen = sizeof mine;
    CHECK(getsockname(c, (struct sockaddr *)&mine, &mlen) == 0);
    close(c);
    c = check_tcp_connect(AF_INET, 0);
    CHECK(c >= 0);
    mlen = sizeof mine;
    CHECK(getsockname(c, (struct sockaddr *)&mine, &mlen) == 0);
    plen = sizeof peer;
    srv = CALL_FD("accept.peer", accept(l, (struct sockaddr *)&peer, &plen));
    RECORD("accept.peer.len", "%u", (unsigned)plen);
    RECORD("accept.peer.addr", "%s", peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK) ? "loopback" : "other");
    RECORD("accept.peer.port_is_client_port", "%s", peer.sin_port == mine.sin_port ? "yes" : "no");
    close(srv);
    close(c);
    close(l);
    return check_done();
}
