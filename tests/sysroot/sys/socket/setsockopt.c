/* setsockopt()/getsockopt(): round trips of the flags (SO_REUSEADDR,
 * SO_REUSEPORT, SO_KEEPALIVE, TCP_NODELAY, IPV6_V6ONLY), the value is read
 * (a pointer to 0 turns a flag off); timeouts; read-only options (SO_TYPE,
 * SO_PROTOCOL, SO_DOMAIN, SO_ERROR, SO_ACCEPTCONN); what WASIX cannot
 * express; short buffers and bad arguments. */
#include <netinet/tcp.h>
#include <sys/time.h>

#include "check.h"

static void get_int(const char *name, int s, int level, int opt) {
    int v = -12345;
    socklen_t len = sizeof v;
    if (getsockopt(s, level, opt, &v, &len) != 0)
        RECORD(name, "-1 %s", check_errno_name(errno));
    else
        RECORD(name, "%d len=%u", v, (unsigned)len);
}

static void flag_round_trip(const char *name, int s, int level, int opt) {
    char key[96];
    int on = 1, off = 0;
    snprintf(key, sizeof key, "%s.on", name);
    CALL(key, setsockopt(s, level, opt, &on, sizeof on));
    snprintf(key, sizeof key, "%s.on.get", name);
    get_int(key, s, level, opt);
    snprintf(key, sizeof key, "%s.off", name);
    CALL(key, setsockopt(s, level, opt, &off, sizeof off));
    snprintf(key, sizeof key, "%s.off.get", name);
    get_int(key, s, level, opt);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(s >= 0);
    flag_round_trip("reuseaddr", s, SOL_SOCKET, SO_REUSEADDR);
    flag_round_trip("reuseport", s, SOL_SOCKET, SO_REUSEPORT);
    flag_round_trip("keepalive", s, SOL_SOCKET, SO_KEEPALIVE);
    flag_round_trip("nodelay", s, IPPROTO_TCP, TCP_NODELAY);
    int one = 1, zero = 0;
    CALL("keepalive.set_one", setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one));
    CALL("keepalive.set_zero", setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &zero, sizeof zero));
    get_int("keepalive.value_read", s, SOL_SOCKET, SO_KEEPALIVE);

    /* buffer sizes: Linux doubles what is asked (bookkeeping), so only
     * "at least what was asked" is compared */
    int sz = 16384, v = 0;
    socklen_t len = sizeof v;
    CALL("rcvbuf.set", setsockopt(s, SOL_SOCKET, SO_RCVBUF, &sz, sizeof sz));
    CALL("rcvbuf.get", getsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, &len));
    RECORD("rcvbuf.at_least", "%s", v >= 16384 ? "yes" : "no");
    sz = 32768;
    CALL("sndbuf.set", setsockopt(s, SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz));
    len = sizeof v;
    CALL("sndbuf.get", getsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, &len));
    RECORD("sndbuf.at_least", "%s", v >= 32768 ? "yes" : "no");

    struct timeval tv = {2, 500000}, got;
    CALL("rcvtimeo.set", setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    len = sizeof got;
    CALL("rcvtimeo.get", getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &got, &len));
    RECORD("rcvtimeo.value", "%ld.%06ld len=%u", (long)got.tv_sec, (long)got.tv_usec, (unsigned)len);
    tv.tv_sec = 1;
    tv.tv_usec = 0;
    CALL("sndtimeo.set", setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));
    len = sizeof got;
    CALL("sndtimeo.get", getsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &got, &len));
    RECORD("sndtimeo.value", "%ld.%06ld", (long)got.tv_sec, (long)got.tv_usec);
    tv.tv_sec = 0;
    CALL("rcvtimeo.zero", setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    len = sizeof got;
    CALL("rcvtimeo.zero.get", getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &got, &len));
    RECORD("rcvtimeo.zero.value", "%ld.%06ld", (long)got.tv_sec, (long)got.tv_usec);

    get_int("type", s, SOL_SOCKET, SO_TYPE);
    get_int("protocol", s, SOL_SOCKET, SO_PROTOCOL);
    get_int("domain", s, SOL_SOCKET, SO_DOMAIN);
    get_int("error", s, SOL_SOCKET, SO_ERROR);
    get_int("acceptconn", s, SOL_SOCKET, SO_ACCEPTCONN);

    CALL("set.type", setsockopt(s, SOL_SOCKET, SO_TYPE, &one, sizeof one));
    CALL("set.keepidle", setsockopt(s, IPPROTO_TCP, TCP_KEEPIDLE, &one, sizeof one));
    CALL("set.keepintvl", setsockopt(s, IPPROTO_TCP, TCP_KEEPINTVL, &one, sizeof one));
    CALL("set.keepcnt", setsockopt(s, IPPROTO_TCP, TCP_KEEPCNT, &one, sizeof one));
    CALL("set.priority", setsockopt(s, SOL_SOCKET, SO_PRIORITY, &one, sizeof one));
    CALL("set.bad_level", setsockopt(s, 9999, 1, &one, sizeof one));
    get_int("get.priority", s, SOL_SOCKET, SO_PRIORITY);
    struct linger lg = {1, 5};
    CALL("set.linger", setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
    CALL("set.broadcast", setsockopt(s, SOL_SOCKET, SO_BROADCAST, &one, sizeof one));
    CALL("set.multicast_ttl", setsockopt(s, IPPROTO_IP, IP_MULTICAST_TTL, &one, sizeof one));

    CALL("set.null_value", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, BAD_NULL, sizeof one));
    CALL("set.short_len", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 2));
    CALL("get.null_len", getsockopt(s, SOL_SOCKET, SO_TYPE, &v, NULL));
    len = (socklen_t)-1;
    CALL("get.negative_len", getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len));
    CALL("set.bad_fd", setsockopt(999, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
    CALL("set.not_socket", setsockopt(1, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
    len = sizeof v;
    CALL("get.not_socket", getsockopt(1, SOL_SOCKET, SO_TYPE, &v, &len));
    unsigned char small = 0xee;
    len = 1;
    CALL("get.short_buffer", getsockopt(s, SOL_SOCKET, SO_TYPE, &small, &len));
    RECORD("get.short_buffer.value", "%u len=%u", small, (unsigned)len);

    int s6 = socket(AF_INET6, SOCK_STREAM, 0);
    CHECK(s6 >= 0);
    flag_round_trip("v6only", s6, IPPROTO_IPV6, IPV6_V6ONLY);
    get_int("v6.domain", s6, SOL_SOCKET, SO_DOMAIN);

    int l = check_tcp_listen(AF_INET, 0), srv;
    CHECK(l >= 0);
    get_int("listener.acceptconn", l, SOL_SOCKET, SO_ACCEPTCONN);
    int c = check_tcp_pair(l, AF_INET, 0, &srv);
    CHECK(c >= 0);
    flag_round_trip("connected.nodelay", c, IPPROTO_TCP, TCP_NODELAY);
    flag_round_trip("connected.keepalive", c, SOL_SOCKET, SO_KEEPALIVE);
    int ttl = 0;
    len = sizeof ttl;
    CALL("connected.ttl", getsockopt(c, IPPROTO_IP, IP_TTL, &ttl, &len));
    RECORD("connected.ttl.range", "%s", ttl > 0 && ttl <= 255 ? "1-255" : "other");
    get_int("connected.error", c, SOL_SOCKET, SO_ERROR);
    get_int("connected.acceptconn", c, SOL_SOCKET, SO_ACCEPTCONN);
    close(c);
    close(srv);
    close(l);
    close(s6);
    close(s);
    return check_done();
}
