/* shutdown(): SHUT_WR gives the peer EOF and makes our sends EPIPE while we
 * still receive; SHUT_RD; a bad `how` is EINVAL; an unconnected socket is
 * ENOTCONN; bad and non-socket descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CALL("bad_fd", shutdown(999, SHUT_RDWR));
    CALL("not_socket", shutdown(1, SHUT_RDWR));
    int u = socket(AF_INET, SOCK_STREAM, 0);
    CALL("bad_how", shutdown(u, 17));
    CALL("unconnected", shutdown(u, SHUT_RDWR));
    close(u);

    int l, s, c = check_tcp_setup(&l, &s);
    char b[8] = {0};
    CALL("shut_wr", shutdown(c, SHUT_WR));
    CALL("peer.eof", recv(s, b, sizeof b, 0));
    CALL("send.after_shut_wr", send(c, "x", 1, MSG_NOSIGNAL));
    CALL("peer.send", send(s, "back", 4, 0));
    CALL("recv.after_shut_wr", recv(c, b, 4, MSG_WAITALL));
    RECORD("recv.after_shut_wr.data", "%s", b);
    CALL("shut_rd", shutdown(s, SHUT_RD));
    CALL("shut_rdwr", shutdown(c, SHUT_RDWR));
    close(c);
    close(s);
    close(l);
    return check_done();
}
