/* socket(): domains, types and protocols, the SOCK_CLOEXEC/SOCK_NONBLOCK
 * type flags, and what a new socket looks like. */
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

/* Records the outcome of socket(domain, type, protocol) and closes the new
 * socket. */
static void try_socket(const char *name, int domain, int type, int protocol) {
    int s = CALL_FD(name, socket(domain, type, protocol));
    if (s >= 0) close(s);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    char buf[8];

    /* supported combinations */
    try_socket("inet.stream", AF_INET, SOCK_STREAM, 0);
    try_socket("inet.stream.tcp", AF_INET, SOCK_STREAM, IPPROTO_TCP);
    try_socket("inet6.stream", AF_INET6, SOCK_STREAM, 0);
    try_socket("inet6.stream.tcp", AF_INET6, SOCK_STREAM, IPPROTO_TCP);
    try_socket("inet.dgram", AF_INET, SOCK_DGRAM, 0);
    try_socket("inet.dgram.udp", AF_INET, SOCK_DGRAM, IPPROTO_UDP);

    /* bad domain, type, protocol */
    try_socket("domain.bad", 9999, SOCK_STREAM, 0);
    try_socket("domain.negative", -1, SOCK_STREAM, 0);
    try_socket("domain.unspec", AF_UNSPEC, SOCK_STREAM, 0);
    try_socket("type.bad", AF_INET, 9999, 0);
    try_socket("type.zero", AF_INET, 0, 0);
    try_socket("type.unknown_flag", AF_INET, SOCK_STREAM | 0x40000000, 0);
    try_socket("protocol.bad", AF_INET, SOCK_STREAM, 9999);
    try_socket("protocol.negative", AF_INET, SOCK_STREAM, -1);
    try_socket("stream.udp", AF_INET, SOCK_STREAM, IPPROTO_UDP);
    try_socket("dgram.tcp", AF_INET, SOCK_DGRAM, IPPROTO_TCP);

    /* a plain socket: blocking, no FD_CLOEXEC, read-write */
    int s = CALL_FD("plain", socket(AF_INET, SOCK_STREAM, 0));
    CALL("plain.getfd", fcntl(s, F_GETFD));
    RECORD("plain.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CALL("plain.lseek", lseek(s, 0, SEEK_CUR));
    CALL("plain.write.unconnected", write(s, "x", 1));
    CALL("plain.close", close(s));

    /* SOCK_CLOEXEC is visible through F_GETFD */
    s = CALL_FD("cloexec", socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    CALL("cloexec.getfd", fcntl(s, F_GETFD));
    RECORD("cloexec.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CALL("cloexec.setfd.0", fcntl(s, F_SETFD, 0));
    CALL("cloexec.getfd.cleared", fcntl(s, F_GETFD));
    close(s);

    /* SOCK_NONBLOCK is visible through F_GETFL and acts */
    s = CALL_FD("nonblock", socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0));
    RECORD("nonblock.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    CALL("nonblock.getfd", fcntl(s, F_GETFD));
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CHECK(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK(listen(s, 1) == 0);
    CALL("nonblock.accept.empty", accept(s, NULL, NULL));
    CALL("nonblock.setfl.0", fcntl(s, F_SETFL, 0));
    RECORD("nonblock.getfl.cleared", "%s", check_fl_name(fcntl(s, F_GETFL)));
    close(s);

    /* both flags, IPv6 */
    s = CALL_FD("both.inet6", socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    CALL("both.inet6.getfd", fcntl(s, F_GETFD));
    RECORD("both.inet6.getfl", "%s", check_fl_name(fcntl(s, F_GETFL)));
    close(s);

    /* the results are sockets, other descriptors are not */
    int p[2];
    CHECK(pipe(p) == 0);
    socklen_t len = sizeof a;
    CALL("getsockname.pipe", getsockname(p[0], (struct sockaddr *)&a, &len));
    close(p[0]);
    close(p[1]);
    s = socket(AF_INET, SOCK_STREAM, 0);
    int type = -1;
    len = sizeof type;
    CALL("getsockopt.type", getsockopt(s, SOL_SOCKET, SO_TYPE, &type, &len));
    RECORD("getsockopt.type.value", "%s", type == SOCK_STREAM ? "SOCK_STREAM" : "other");
    CALL("read.unconnected", read(s, buf, sizeof buf));
    close(s);
    return check_done();
}
