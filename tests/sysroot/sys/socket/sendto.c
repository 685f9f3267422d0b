/* sendto()/recvfrom() on UDP over 127.0.0.1 and ::1: a datagram and its
 * source address; a datagram longer than the buffer is truncated and
 * recvmsg says MSG_TRUNC. */
#include "check.h"

static void round_trip(const char *name, int family, int pa, int pb) {
    char key[96];
    int a = socket(family, SOCK_DGRAM, 0), b = socket(family, SOCK_DGRAM, 0);
    CHECK(a >= 0 && b >= 0);
    struct sockaddr_storage sa, sb, from;
    socklen_t len = check_loopback(family, pa, &sa);
    check_loopback(family, pb, &sb);
    snprintf(key, sizeof key, "%s.bind.a", name);
    CALL(key, bind(a, (struct sockaddr *)&sa, len));
    snprintf(key, sizeof key, "%s.bind.b", name);
    CALL(key, bind(b, (struct sockaddr *)&sb, len));
    snprintf(key, sizeof key, "%s.sendto", name);
    CALL(key, sendto(a, "datagram", 8, 0, (struct sockaddr *)&sb, len));
    char buf[64] = {0};
    socklen_t flen = sizeof from;
    CHECK(fcntl(b, F_SETFL, O_NONBLOCK) == 0);
    check_sleep_ms(50);
    snprintf(key, sizeof key, "%s.recvfrom", name);
    CALL(key, recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen));
    snprintf(key, sizeof key, "%s.recvfrom.data", name);
    RECORD(key, "%s", buf);
    snprintf(key, sizeof key, "%s.recvfrom.source", name);
    RECORD(key, "%s", flen == len && !memcmp(&from, &sa, len) ? "a" : "other");
    snprintf(key, sizeof key, "%s.sendto.long", name);
    CALL(key, sendto(b, "0123456789", 10, 0, (struct sockaddr *)&sa, len));
    struct iovec iov = {buf, 4};
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    CHECK(fcntl(a, F_SETFL, O_NONBLOCK) == 0);
    check_sleep_ms(50);
    snprintf(key, sizeof key, "%s.recvmsg.truncated", name);
    CALL(key, recvmsg(a, &m, 0));
    snprintf(key, sizeof key, "%s.recvmsg.truncated.flag", name);
    RECORD(key, "%s", m.msg_flags & MSG_TRUNC ? "MSG_TRUNC" : "none");
    close(a);
    close(b);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    round_trip("v4", AF_INET, 0, 1);
    round_trip("v6", AF_INET6, 2, 3);
    return check_done();
}
