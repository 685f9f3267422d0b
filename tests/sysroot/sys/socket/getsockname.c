/* getsockname(): a listener's address and port; the client's local port is
 * what the server sees as its peer's; length 0 writes nothing but reports
 * the size, a null address with length 0 too; a null length is EFAULT; bad
 * and non-socket descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    CALL("bad_fd", getsockname(999, (struct sockaddr *)&ss, &sl));
    CALL("not_socket", getsockname(1, (struct sockaddr *)&ss, &sl));

    int l = check_tcp_listen(AF_INET, 0), s;
    CHECK(l >= 0);
    struct sockaddr_in got;
    socklen_t glen = sizeof got;
    CALL("listener", getsockname(l, (struct sockaddr *)&got, &glen));
    RECORD("listener.len", "%u", (unsigned)glen);
    RECORD("listener.family", "%s", got.sin_family == AF_INET ? "AF_INET" : "other");
    RECORD("listener.port", "%s", ntohs(got.sin_port) == check_port(0) ? "given" : "other");
    RECORD("listener.addr", "%s", got.sin_addr.s_addr == htonl(INADDR_LOOPBACK) ? "loopback" : "other");

    int c = check_tcp_pair(l, AF_INET, 0, &s);
    CHECK(c >= 0);
    struct sockaddr_in mine, peer;
    socklen_t mlen = sizeof mine, plen = sizeof peer;
    CALL("client", getsockname(c, (struct sockaddr *)&mine, &mlen));
    CHECK(getpeername(s, (struct sockaddr *)&peer, &plen) == 0);
    RECORD("client.port_is_peer_port", "%s", mine.sin_port == peer.sin_port ? "yes" : "no");

    unsigned char guard[32];
    memset(guard, 0xAA, sizeof guard);
    socklen_t zl = 0;
    CALL("len0", getsockname(s, (struct sockaddr *)guard, &zl));
    RECORD("len0.len", "%u", (unsigned)zl);
    RECORD("len0.buffer", "%s", guard[0] == 0xAA ? "untouched" : "written");
    zl = 0;
    CALL("null_addr.len0", getsockname(s, NULL, &zl));
    RECORD("null_addr.len0.len", "%u", (unsigned)zl);
    CALL("null_len", getsockname(s, (struct sockaddr *)guard, NULL));
    close(c);
    close(s);
    close(l);
    return check_done();
}
