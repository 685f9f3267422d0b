/* Bad input to the socket calls: the POSIX errno, never a trap, never a write
 * past the caller's buffer; truncated addresses report the full length.
 * Port 47115. */
#include <netinet/tcp.h>
#include <sys/un.h>

#include "nettest.h"

int main(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    struct sockaddr_in a = nt_v4("127.0.0.1", 47115);

    /* socket() arguments */
    CHECK_ERR(socket(12345, SOCK_STREAM, 0), EAFNOSUPPORT);
    CHECK_ERR(socket(AF_INET, 77, 0), EINVAL);
    CHECK_ERR(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), EPROTONOSUPPORT);
    CHECK_ERR(socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP), EPROTONOSUPPORT);

    /* NULL, short and wrong-family addresses */
    CHECK_ERR(bind(s, NULL, sizeof a), EFAULT);
    CHECK_ERR(bind(s, (struct sockaddr *)&a, 4), EINVAL);
    CHECK_ERR(bind(s, (struct sockaddr *)&a, 0), EINVAL);
    CHECK_ERR(connect(s, NULL, sizeof a), EFAULT);
    CHECK_ERR(connect(s, (struct sockaddr *)&a, sizeof a - 1), EINVAL);
    struct sockaddr_in6 a6 = nt_v6("::1", 47115);
    /* an IPv6 address on an IPv4 socket (Linux: EAFNOSUPPORT, whatever its length) */
    CHECK_ERR(connect(s, (struct sockaddr *)&a6, sizeof a6 - 4), EAFNOSUPPORT);
    struct sockaddr_in wrong = a;
    wrong.sin_family = 12345;
    CHECK_ERR(bind(s, (struct sockaddr *)&wrong, sizeof wrong), EAFNOSUPPORT);

    /* bad and non-socket descriptors */
    char buf[8];
    CHECK_ERR(bind(999, (struct sockaddr *)&a, sizeof a), EBADF);
    CHECK_ERR(bind(1, (struct sockaddr *)&a, sizeof a), ENOTSOCK);
    CHECK_ERR(connect(-1, (struct sockaddr *)&a, sizeof a), EBADF);
    CHECK_ERR(listen(999, 1), EBADF);
    CHECK_ERR(listen(1, 1), ENOTSOCK);
    CHECK_ERR(accept(999, NULL, NULL), EBADF);
    CHECK_ERR(accept(1, NULL, NULL), ENOTSOCK);
    CHECK_ERR(send(999, "x", 1, 0), EBADF);
    CHECK_ERR(send(1, "x", 1, 0), ENOTSOCK);
    CHECK_ERR(recv(999, buf, 1, 0), EBADF);
    CHECK_ERR(recv(0, buf, 1, 0), ENOTSOCK);
    CHECK_ERR(shutdown(999, SHUT_RDWR), EBADF);
    CHECK_ERR(shutdown(1, SHUT_RDWR), ENOTSOCK);
    CHECK_ERR(shutdown(s, 17), EINVAL);
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    CHECK_ERR(getsockname(999, (struct sockaddr *)&ss, &sl), EBADF);
    CHECK_ERR(getsockname(1, (struct sockaddr *)&ss, &sl), ENOTSOCK);
    CHECK_ERR(getpeername(1, (struct sockaddr *)&ss, &sl), ENOTSOCK);
    CHECK_ERR(accept4(s, NULL, NULL, 0x40000000), EINVAL);
    CHECK_ERR(send(s, "x", 1, MSG_OOB), EOPNOTSUPP);
    CHECK_ERR(sendmsg(s, NULL, 0), EFAULT);
    CHECK_ERR(recvmsg(s, NULL, 0), EFAULT);

    /* a connection to play with */
    int l = nt_listen(AF_INET, "127.0.0.1", 47115);

    /* accept: NULL length with an address buffer is EFAULT, a negative one
     * EINVAL; as on Linux, both are found after the accept, so each costs
     * the pending connection (a throwaway client here) */
    struct sockaddr_in peer;
    int t1 = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(connect(t1, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK_ERR(accept(l, (struct sockaddr *)&peer, NULL), EFAULT);
    int t2 = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(connect(t2, (struct sockaddr *)&a, sizeof a) == 0);
    socklen_t neg = (socklen_t)-1;
    CHECK_ERR(accept(l, (struct sockaddr *)&peer, &neg), EINVAL);
    close(t1);
    close(t2);

    int c = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(connect(c, (struct sockaddr *)&a, sizeof a) == 0);
    CHECK_ERR(getpeername(s, (struct sockaddr *)&ss, &sl), ENOTCONN);
    /* a short address buffer: truncated copy, full length reported, nothing beyond */
    unsigned char guard[32];
    memset(guard, 0xAA, sizeof guard);
    socklen_t plen = 6;
    int srv = accept(l, (struct sockaddr *)guard, &plen);
    REQUIRE(srv >= 0);
    CHECK(plen == sizeof(struct sockaddr_in));
    CHECK(guard[0] == AF_INET && guard[1] == 0); /* sa_family, little-endian */
    int clean = 1;
    for (int i = 6; i < 32; ++i) clean &= guard[i] == 0xAA;
    CHECK(clean);

    /* getsockname with length 0 writes nothing but reports the size */
    memset(guard, 0xAA, sizeof guard);
    socklen_t zl = 0;
    CHECK(getsockname(srv, (struct sockaddr *)guard, &zl) == 0 && zl == sizeof(struct sockaddr_in) && guard[0] == 0xAA);
    zl = 0;
    CHECK(getsockname(srv, NULL, &zl) == 0 && zl == sizeof(struct sockaddr_in));
    CHECK_ERR(getsockname(srv, (struct sockaddr *)guard, NULL), EFAULT);
    /* a larger buffer than needed: the real length comes back */
    sl = sizeof ss;
    CHECK(getpeername(srv, (struct sockaddr *)&ss, &sl) == 0 && sl == sizeof(struct sockaddr_in));

    /* recvfrom on a stream socket: no source address (length 0) */
    CHECK(send(c, "hey", 3, 0) == 3);
    sl = sizeof ss;
    CHECK(recvfrom(srv, buf, 3, MSG_WAITALL, (struct sockaddr *)&ss, &sl) == 3);
    CHECK(sl == 0);
    /* recvfrom with an address but no length: EFAULT before any data is lost */
    CHECK(send(c, "z", 1, 0) == 1);
    CHECK_ERR(recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&ss, NULL), EFAULT);
    CHECK(recv(srv, buf, sizeof buf, 0) >= 1);

    /* sendmsg/recvmsg with several buffers */
    struct iovec out[2] = {{"ab", 2}, {"cde", 3}};
    struct msghdr mo = {0};
    mo.msg_iov = out;
    mo.msg_iovlen = 2;
    CHECK(sendmsg(c, &mo, 0) == 5);
    char p1[1], p2[8];
    struct iovec in[2] = {{p1, 1}, {p2, 4}};
    struct msghdr mi = {0};
    mi.msg_iov = in;
    mi.msg_iovlen = 2;
    mi.msg_controllen = 99;
    CHECK(recvmsg(srv, &mi, MSG_WAITALL) == 5);
    CHECK(p1[0] == 'a' && memcmp(p2, "bcde", 4) == 0 && mi.msg_controllen == 0 && mi.msg_flags == 0);
    mo.msg_iovlen = -1;
    CHECK_ERR(sendmsg(c, &mo, 0), EINVAL);

    /* AF_UNIX addresses convert (the runtime decides whether it binds) */
    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    un.sun_family = AF_UNIX;
    strcpy(un.sun_path, "/tmp/x.sock");
    int u = socket(AF_UNIX, SOCK_STREAM, 0);
    if (u >= 0) close(u);

    /* after shutdown(SHUT_WR), sending fails with EPIPE */
    CHECK(shutdown(c, SHUT_WR) == 0);
    errno = 0;
    ssize_t w = send(c, "x", 1, MSG_NOSIGNAL);
    CHECK(w == -1 && (errno == EPIPE || errno == ENOTCONN));
    /* socketpair is not available */
    int sv[2];
    CHECK_ERR(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), EOPNOTSUPP);
    CHECK_ERR(socketpair(AF_UNIX, SOCK_STREAM, 0, NULL), EFAULT);
    close(c);
    close(srv);
    close(l);
    close(s);
    return nt_done("badinput");
}
