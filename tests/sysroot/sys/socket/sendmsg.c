/* sendmsg()/recvmsg(): several buffers each way (gathered on send,
 * scattered on receive), msg_controllen and msg_flags cleared on receive;
 * a null message is EFAULT, a buffer count above IOV_MAX (or negative)
 * EMSGSIZE; bad descriptors. */
#include <arpa/inet.h>
#include <limits.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int l, s, c = check_tcp_setup(&l, &s);
    struct iovec out[2] = {{"ab", 2}, {"cde", 3}};
    struct msghdr mo;
    memset(&mo, 0, sizeof mo);
    mo.msg_iov = out;
    mo.msg_iovlen = 2;
    CALL("sendmsg.two", sendmsg(c, &mo, 0));
    char p1[2] = {0}, p2[8] = {0};
    struct iovec in[2] = {{p1, 1}, {p2, 4}};
    struct msghdr mi;
    memset(&mi, 0, sizeof mi);
    mi.msg_iov = in;
    mi.msg_iovlen = 2;
    mi.msg_controllen = 99;
    mi.msg_flags = 0x7777;
    CALL("recvmsg.two", recvmsg(s, &mi, MSG_WAITALL));
    RECORD("recvmsg.two.data", "%s|%s", p1, p2);
    RECORD("recvmsg.two.controllen", "%lu", (unsigned long)mi.msg_controllen);
    RECORD("recvmsg.two.flags", "%#x", (unsigned)mi.msg_flags);
    mo.msg_iovlen = (size_t)-1;
    CALL("sendmsg.negative_iovlen", sendmsg(c, &mo, 0));
    mo.msg_iovlen = IOV_MAX + 1;
    CALL("sendmsg.iovlen_above_max", sendmsg(c, &mo, 0));
    mi.msg_iovlen = (size_t)-1;
    CALL("recvmsg.negative_iovlen", recvmsg(s, &mi, MSG_DONTWAIT));
    mi.msg_iovlen = 2;
    CALL("sendmsg.null", sendmsg(c, BAD_NULL, 0));
    CALL("recvmsg.null", recvmsg(s, BAD_NULL, 0));
    mo.msg_iovlen = 2;
    CALL("sendmsg.bad_fd", sendmsg(999, &mo, 0));
    CALL("recvmsg.bad_fd", recvmsg(999, &mi, 0));
    CALL("sendmsg.not_socket", sendmsg(1, &mo, 0));
    close(c);
    close(s);
    close(l);
    return check_done();
}
