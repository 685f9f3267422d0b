/* recvfrom() on a stream socket: the data, and no source address (length
 * 0); an address without a length is EFAULT (Linux finds that out after
 * taking the data); MSG_ERRQUEUE with no error queued; bad and non-socket
 * descriptors. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    char buf[8] = {0};
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    CHECK(send(c, "hey", 3, 0) == 3);
    CALL("stream", recvfrom(s, buf, 3, MSG_WAITALL, (struct sockaddr *)&ss, &sl));
    RECORD("stream.data", "%s", buf);
    RECORD("stream.len", "%u", (unsigned)sl);
    /* no socket error is queued: MSG_ERRQUEUE finds nothing, does not block */
    CALL("errqueue", recvfrom(s, buf, sizeof buf, MSG_ERRQUEUE, NULL, NULL));
    CHECK(send(c, "z", 1, 0) == 1);
    check_sleep_ms(50);
    CALL("null_len", recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&ss, NULL));
    /* whether the failed call took the byte: non-blocking, so that a taken
     * byte shows as EAGAIN */
    CHECK(fcntl(s, F_SETFL, O_NONBLOCK) == 0);
    memset(buf, 0, sizeof buf);
    CALL("after_null_len", recvfrom(s, buf, sizeof buf, 0, NULL, NULL));
    RECORD("after_null_len.data", "%s", buf);
    CALL("bad_fd", recvfrom(999, buf, 1, 0, NULL, NULL));
    CALL("not_socket", recvfrom(0, buf, 1, 0, NULL, NULL));
    close(c);
    close(s);
    close(l);
    return check_done();
}
