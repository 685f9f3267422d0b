/* socketpair(): AF_UNIX stream and datagram pairs carry data both ways,
 * shutdown and close reach the peer, SOCK_NONBLOCK/SOCK_CLOEXEC apply to both
 * ends, and the argument errors are Linux's. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static void try_pair(const char *name, int domain, int type, int protocol) {
    int sv[2] = {-1, -1};
    if (CALL(name, socketpair(domain, type, protocol, sv)) == 0) {
        close(sv[0]);
        close(sv[1]);
    }
}

/* Reads until `want` bytes have come, or end of file, or an error. Under
 * WASIX a stream pair is a loopback TCP connection, so the second of two
 * writes may still be on its way when the first read returns. */
static ssize_t read_full(int fd, char *buf, size_t want) {
    size_t got = 0;
    while (got < want) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 1000) != 1)
            break;
        ssize_t n = read(fd, buf + got, want - got);
        if (n < 0)
            return got ? (ssize_t)got : -1;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    char buf[64];
    int sv[2];

    /* stream: both directions, in order, all of it */
    CALL("stream", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    CALL("stream.getfd", fcntl(sv[0], F_GETFD));
    RECORD("stream.getfl", "%s", check_fl_name(fcntl(sv[1], F_GETFL)));
    CALL("stream.write.0", write(sv[0], "ping", 4));
    CALL("stream.write.0.again", write(sv[0], "!!", 2));
    memset(buf, 0, sizeof buf);
    CALL("stream.read.1", read_full(sv[1], buf, 6));
    RECORD("stream.read.1.data", "%s", buf);
    CALL("stream.send.1", send(sv[1], "pong", 4, 0));
    memset(buf, 0, sizeof buf);
    CALL("stream.recv.0", recv(sv[0], buf, sizeof buf, 0));
    RECORD("stream.recv.0.data", "%s", buf);

    /* poll: writable, and readable only once there is data */
    struct pollfd p = {sv[1], POLLIN | POLLOUT, 0};
    CALL("stream.poll.empty", poll(&p, 1, 0));
    RECORD("stream.poll.empty.revents", "%#x", p.revents);
    CALL("stream.write.0.more", write(sv[0], "x", 1));
    /* POLLIN alone: the byte may take a moment to arrive (a stream pair is a
     * loopback TCP connection under WASIX), and POLLOUT would end the wait */
    p.events = POLLIN;
    p.revents = 0;
    CALL("stream.poll.data", poll(&p, 1, 1000));
    RECORD("stream.poll.data.revents", "%#x", p.revents);
    CALL("stream.read.1.more", read(sv[1], buf, sizeof buf));

    /* shutdown(SHUT_WR) on one end: the other reads end of file */
    CALL("stream.shutdown.0", shutdown(sv[0], SHUT_WR));
    CALL("stream.read.1.eof", read(sv[1], buf, sizeof buf));
    CALL("stream.write.0.after_shutdown", write(sv[0], "x", 1));
    CALL("stream.write.1.still", write(sv[1], "y", 1));
    CALL("stream.read.0.still", read(sv[0], buf, sizeof buf));

    /* close one end: the other reads end of file, and writing fails */
    CALL("stream.close.0", close(sv[0]));
    CALL("stream.read.1.closed", read(sv[1], buf, sizeof buf));
    CALL("stream.send.1.closed", send(sv[1], "z", 1, MSG_NOSIGNAL));
    CALL("stream.close.1", close(sv[1]));

    /* SOCK_NONBLOCK | SOCK_CLOEXEC reach both ends */
    CALL("flags", socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv));
    for (int i = 0; i < 2; ++i) {
        char name[32];
        snprintf(name, sizeof name, "flags.getfd.%d", i);
        CALL(name, fcntl(sv[i], F_GETFD));
        snprintf(name, sizeof name, "flags.getfl.%d", i);
        RECORD(name, "%s", check_fl_name(fcntl(sv[i], F_GETFL)));
        snprintf(name, sizeof name, "flags.read.empty.%d", i);
        CALL(name, read(sv[i], buf, sizeof buf));
    }
    close(sv[0]);
    close(sv[1]);

    /* datagram pairs keep message boundaries */
    if (CALL("dgram", socketpair(AF_UNIX, SOCK_DGRAM, 0, sv)) == 0) {
        CALL("dgram.send.a", send(sv[0], "first", 5, 0));
        CALL("dgram.send.b", send(sv[0], "second", 6, 0));
        memset(buf, 0, sizeof buf);
        CALL("dgram.recv.a", recv(sv[1], buf, sizeof buf, 0));
        RECORD("dgram.recv.a.data", "%s", buf);
        memset(buf, 0, sizeof buf);
        CALL("dgram.recv.b", recv(sv[1], buf, sizeof buf, 0));
        RECORD("dgram.recv.b.data", "%s", buf);
        close(sv[0]);
        close(sv[1]);
    }

    /* argument errors, in Linux's order */
    try_pair("inet", AF_INET, SOCK_STREAM, 0);
    try_pair("inet6", AF_INET6, SOCK_STREAM, 0);
    try_pair("domain.bad", 9999, SOCK_STREAM, 0);
    try_pair("type.zero", AF_UNIX, 0, 0);
    try_pair("type.bad", AF_UNIX, 9999, 0);
    try_pair("protocol.bad", AF_UNIX, SOCK_STREAM, 1);
    CALL_ISOLATED("sv.null", socketpair(AF_UNIX, SOCK_STREAM, 0, NULL));
    return check_done();
}
