/* recv(): MSG_PEEK leaves the data for the next recv and for read();
 * MSG_WAITALL waits for the whole length; MSG_DONTWAIT on a blocking
 * socket is EAGAIN and leaves it blocking; a non-blocking socket without
 * data is EAGAIN; 0 at the end of the stream; bad and non-socket
 * descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    char b[16], pk[16];

    CALL("send.xyz", send(c, "xyz", 3, 0));
    memset(pk, 0, sizeof pk);
    CALL("recv.peek_waitall", recv(s, pk, 3, MSG_PEEK | MSG_WAITALL));
    RECORD("recv.peek_waitall.data", "%s", pk);
    memset(b, 0, sizeof b);
    CALL("recv.after_peek", recv(s, b, 3, MSG_WAITALL));
    RECORD("recv.after_peek.data", "%s", b);

    /* peeked bytes come first for read() too */
    CALL("send.pq", send(c, "pq", 2, 0));
    memset(pk, 0, sizeof pk);
    CALL("recv.peek", recv(s, pk, 2, MSG_PEEK | MSG_WAITALL));
    memset(b, 0, sizeof b);
    CALL("read.after_peek", read(s, b, 2));
    RECORD("read.after_peek.data", "%s", b);

    /* MSG_WAITALL gathers two sends */
    CALL("send.ab", send(c, "ab", 2, 0));
    CALL("send.cd", send(c, "cd", 2, 0));
    memset(b, 0, sizeof b);
    CALL("recv.waitall", recv(s, b, 4, MSG_WAITALL));
    RECORD("recv.waitall.data", "%s", b);

    CALL("recv.dontwait", recv(s, b, sizeof b, MSG_DONTWAIT));
    RECORD("recv.dontwait.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CHECK(fcntl(s, F_SETFL, O_NONBLOCK) == 0);
    CALL("recv.nonblock.empty", recv(s, b, sizeof b, 0));
    CALL("recv.zero_length", recv(s, b, 0, 0));
    CHECK(fcntl(s, F_SETFL, 0) == 0);

    CALL("recv.bad_fd", recv(999, b, 1, 0));
    CALL("recv.not_socket", recv(0, b, 1, 0));
    close(c);
    CALL("recv.eof", recv(s, b, sizeof b, 0));
    close(s);
    close(l);
    return check_done();
}
