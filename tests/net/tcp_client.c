/* A guest client reaching a host server (driven by net_test.py host_server):
 * for each of 127.0.0.1:PORT4 and ::1:PORT6, found with getaddrinfo
 * ("localhost", AF_INET / AF_INET6), connect, send "ping <i>\n", read the
 * host's "pong <i>\n" reply, check the peer address. Usage:
 * tcp_client.wasm PORT4 PORT6 */
#include <netdb.h>

#include "nettest.h"

static void talk(int family, const char *port) {
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    int e = getaddrinfo("localhost", port, &hints, &res);
    if (e != 0) { printf("FAIL getaddrinfo: %s\n", gai_strerror(e)); nt_failures++; return; }
    REQUIRE(res->ai_family == family);
    int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    REQUIRE(s >= 0);
    if (connect(s, res->ai_addr, res->ai_addrlen) != 0) {
        printf("FAIL connect family %d port %s: errno %d\n", family, port, errno);
        nt_failures++;
        freeaddrinfo(res);
        close(s);
        return;
    }
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    CHECK(getpeername(s, (struct sockaddr *)&peer, &plen) == 0 && peer.ss_family == family);
    CHECK(plen == res->ai_addrlen && memcmp(&peer, res->ai_addr, plen) == 0);
    freeaddrinfo(res);
    for (int i = 0; i < 5; ++i) {
        char msg[32], want[32], got[32];
        int n = snprintf(msg, sizeof msg, "ping %d\n", i);
        snprintf(want, sizeof want, "pong %d\n", i);
        CHECK(send(s, msg, (size_t)n, 0) == n);
        ssize_t r = recv(s, got, strlen(want), MSG_WAITALL);
        CHECK(r == (ssize_t)strlen(want) && memcmp(got, want, strlen(want)) == 0);
    }
    close(s);
}

int main(int argc, char **argv) {
    REQUIRE(argc == 3);
    talk(AF_INET, argv[1]);
    talk(AF_INET6, argv[2]);
    return nt_done("tcp_client");
}
