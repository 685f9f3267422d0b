/* getpeername(): an unconnected socket is ENOTCONN; a larger buffer than
 * needed gets the real length back; the peer of an accepted socket is the
 * loopback; bad and non-socket descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    CALL("bad_fd", getpeername(999, (struct sockaddr *)&ss, &sl));
    CALL("not_socket", getpeername(1, (struct sockaddr *)&ss, &sl));
    int u = socket(AF_INET, SOCK_STREAM, 0);
    CALL("unconnected", getpeername(u, (struct sockaddr *)&ss, &sl));
    close(u);

    int l = check_tcp_listen(AF_INET, 0), s;
    CHECK(l >= 0);
    CALL("listener", getpeername(l, (struct sockaddr *)&ss, &sl));
    int c = check_tcp_pair(l, AF_INET, 0, &s);
    CHECK(c >= 0);
    sl = sizeof ss;
    CALL("accepted", getpeername(s, (struct sockaddr *)&ss, &sl));
    RECORD("accepted.len", "%u", (unsigned)sl);
    RECORD("accepted.addr", "%s",
           ((struct sockaddr_in *)&ss)->sin_addr.s_addr == htonl(INADDR_LOOPBACK) ? "loopback" : "other");
    sl = sizeof ss;
    CALL("client", getpeername(c, (struct sockaddr *)&ss, &sl));
    RECORD("client.port", "%s", ntohs(((struct sockaddr_in *)&ss)->sin_port) == check_port(0) ? "given" : "other");
    close(c);
    close(s);
    close(l);
    return check_done();
}
