/* UDP round trip with the source address checked, IPv4 and IPv6. Ports
 * 47116-47119. (Not registered with ctest: @wasmer/sdk 0.16.0's host
 * networking refuses UDP sockets - sock_bind/sock_send_to fail with ENOTSUP.) */
#include "nettest.h"

static void round_trip(int family, const char *ip, int port_a, int port_b) {
    int a = socket(family, SOCK_DGRAM, 0), b = socket(family, SOCK_DGRAM, 0);
    REQUIRE(a >= 0 && b >= 0);
    struct sockaddr_storage sa, sb;
    socklen_t len;
    if (family == AF_INET) {
        *(struct sockaddr_in *)&sa = nt_v4(ip, port_a);
        *(struct sockaddr_in *)&sb = nt_v4(ip, port_b);
        len = sizeof(struct sockaddr_in);
    } else {
        *(struct sockaddr_in6 *)&sa = nt_v6(ip, port_a);
        *(struct sockaddr_in6 *)&sb = nt_v6(ip, port_b);
        len = sizeof(struct sockaddr_in6);
    }
    REQUIRE(bind(a, (struct sockaddr *)&sa, len) == 0);
    REQUIRE(bind(b, (struct sockaddr *)&sb, len) == 0);
    CHECK(sendto(a, "datagram", 8, 0, (struct sockaddr *)&sb, len) == 8);
    char buf[64];
    struct sockaddr_storage from;
    socklen_t flen = sizeof from;
    CHECK(recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen) == 8 && memcmp(buf, "datagram", 8) == 0);
    CHECK(flen == len && memcmp(&from, &sa, len) == 0);
    /* truncation is reported */
    CHECK(sendto(b, "0123456789", 10, 0, (struct sockaddr *)&sa, len) == 10);
    struct iovec iov = {buf, 4};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    CHECK(recvmsg(a, &m, 0) == 4 && (m.msg_flags & MSG_TRUNC));
    close(a);
    close(b);
}

int main(void) {
    round_trip(AF_INET, "127.0.0.1", 47116, 47117);
    round_trip(AF_INET6, "::1", 47118, 47119);
    return nt_done("udp");
}
