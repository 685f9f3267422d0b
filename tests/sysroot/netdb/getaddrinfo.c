/* getaddrinfo(): "localhost" for IPv4 (127.0.0.1, one address), numeric
 * hosts of both families, family/socktype/protocol filters, AI_PASSIVE and
 * the loopback default, AI_NUMERICHOST, AI_NUMERICSERV, AI_V4MAPPED,
 * AI_CANONNAME, services by name and number, and the EAI_* errors. Then a
 * client finds a server thread through it (127.0.0.1 by "localhost", ::1
 * numerically), connects and talks. What depends on the host's files
 * beyond "localhost" for IPv4 (an IPv6 localhost entry, glibc's SOCK_RAW
 * entries) is compared in a form that holds either way. */
#include <netdb.h>
#include <pthread.h>

#include "check.h"

static int count(struct addrinfo *ai, int family, int socktype) {
    int n = 0;
    for (; ai; ai = ai->ai_next)
        if ((family == AF_UNSPEC || ai->ai_family == family) && (!socktype || ai->ai_socktype == socktype)) n++;
    return n;
}

static const char *gai_name(int e) {
    switch (e) {
    case 0: return "0";
    case EAI_NONAME: return "EAI_NONAME";
    case EAI_SERVICE: return "EAI_SERVICE";
    case EAI_FAMILY: return "EAI_FAMILY";
    case EAI_SOCKTYPE: return "EAI_SOCKTYPE";
    case EAI_BADFLAGS: return "EAI_BADFLAGS";
    case EAI_ADDRFAMILY: return "EAI_ADDRFAMILY";
    case EAI_AGAIN: return "EAI_AGAIN";
    case EAI_FAIL: return "EAI_FAIL";
    default: return "EAI_other";
    }
}

/* Records getaddrinfo's result and, when it succeeded, the first entry;
 * returns the list. */
static struct addrinfo *gai_keep(const char *name, const char *host, const char *serv, const struct addrinfo *hints) {
    struct addrinfo *res = NULL;
    char key[96], text[INET6_ADDRSTRLEN] = "?";
    int e = getaddrinfo(host, serv, hints, &res);
    RECORD(name, "%s", gai_name(e));
    if (e) return NULL;
    struct addrinfo *a = res;
    unsigned port = 0;
    if (a->ai_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)a->ai_addr;
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        port = ntohs(in->sin_port);
    } else if (a->ai_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)a->ai_addr;
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        port = ntohs(in6->sin6_port);
    }
    snprintf(key, sizeof key, "%s.first", name);
    RECORD(key, "%s %s port=%u len=%u type=%s proto=%s", a->ai_family == AF_INET ? "inet" : "inet6", text, port,
           (unsigned)a->ai_addrlen, a->ai_socktype == SOCK_STREAM ? "stream" : a->ai_socktype == SOCK_DGRAM ? "dgram" : "other",
           a->ai_protocol == IPPROTO_TCP ? "tcp" : a->ai_protocol == IPPROTO_UDP ? "udp" : "other");
    return res;
}

/* gai_keep, and the list freed. */
static void gai(const char *name, const char *host, const char *serv, const struct addrinfo *hints) {
    struct addrinfo *res = gai_keep(name, host, serv, hints);
    if (res) freeaddrinfo(res);
}

static void *pong_server(void *arg) {
    int l = *(int *)arg;
    int c = accept(l, NULL, NULL);
    if (c < 0) return NULL;
    char buf[64];
    ssize_t n;
    while ((n = recv(c, buf, sizeof buf, 0)) > 0) {
        for (ssize_t i = 0; i + 3 < n; ++i)
            if (!memcmp(buf + i, "ping", 4)) memcpy(buf + i, "pong", 4);
        if (send(c, buf, (size_t)n, MSG_NOSIGNAL) != n) break;
    }
    close(c);
    return NULL;
}

/* A client that finds a server with getaddrinfo and talks to it. */
static void talk(const char *name, const char *host, int family, int port_index, int flags) {
    char key[96], port[16];
    int l = check_tcp_listen(family, port_index);
    CHECK(l >= 0);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, pong_server, &l) == 0);
    snprintf(port, sizeof port, "%u", check_port(port_index));
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = flags;
    snprintf(key, sizeof key, "%s.getaddrinfo", name);
    RECORD(key, "%s", gai_name(getaddrinfo(host, port, &hints, &res)));
    if (res) {
        int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        snprintf(key, sizeof key, "%s.connect", name);
        CALL(key, connect(s, res->ai_addr, res->ai_addrlen));
        struct sockaddr_storage peer;
        socklen_t plen = sizeof peer;
        CHECK(getpeername(s, (struct sockaddr *)&peer, &plen) == 0);
        snprintf(key, sizeof key, "%s.peer_is_ai_addr", name);
        RECORD(key, "%s", plen == res->ai_addrlen && !memcmp(&peer, res->ai_addr, plen) ? "yes" : "no");
        int ok = 0;
        for (int i = 0; i < 5; ++i) {
            char msg[32], want[32], got[32] = {0};
            int n = snprintf(msg, sizeof msg, "ping %d\n", i);
            snprintf(want, sizeof want, "pong %d\n", i);
            if (send(s, msg, (size_t)n, 0) == n && recv(s, got, (size_t)n, MSG_WAITALL) == n && !memcmp(got, want, (size_t)n))
                ok++;
        }
        snprintf(key, sizeof key, "%s.rounds", name);
        RECORD(key, "%d of 5", ok);
        close(s);
        freeaddrinfo(res);
    } else {
        int s = check_tcp_connect(family, port_index); /* lets the server thread end */
        if (s >= 0) close(s);
    }
    pthread_join(t, NULL);
    close(l);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    struct addrinfo hints, *res;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    res = gai_keep("localhost.inet", "localhost", "80", &hints);
    RECORD("localhost.inet.count", "%d inet, %d inet6", count(res, AF_INET, 0), count(res, AF_INET6, 0));
    if (res) freeaddrinfo(res);

    /* IPv6 localhost: never an IPv4 address, and whatever comes is ::1 */
    hints.ai_family = AF_INET6;
    res = NULL;
    getaddrinfo("localhost", "http", &hints, &res);
    int all_loopback = 1;
    for (struct addrinfo *a = res; a; a = a->ai_next)
        all_loopback &= a->ai_family == AF_INET6 && IN6_IS_ADDR_LOOPBACK(&((struct sockaddr_in6 *)a->ai_addr)->sin6_addr) &&
                        ntohs(((struct sockaddr_in6 *)a->ai_addr)->sin6_port) == 80;
    RECORD("localhost.inet6.only_loopback_port80", "%s", all_loopback ? "yes" : "no");
    if (res) freeaddrinfo(res);

    /* no family, no type: TCP and UDP entries for 127.0.0.1 */
    memset(&hints, 0, sizeof hints);
    res = gai_keep("unspec", "localhost", "53", &hints);
    RECORD("unspec.inet", "tcp=%d udp=%d", count(res, AF_INET, SOCK_STREAM), count(res, AF_INET, SOCK_DGRAM));
    if (res) freeaddrinfo(res);
    hints.ai_protocol = IPPROTO_UDP;
    res = gai_keep("protocol.udp", "127.0.0.1", "53", &hints);
    RECORD("protocol.udp.count", "%d", count(res, AF_UNSPEC, 0));
    if (res) freeaddrinfo(res);
    hints.ai_socktype = SOCK_STREAM;
    gai("protocol.udp.stream", "127.0.0.1", "53", &hints);

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_CANONNAME;
    res = gai_keep("canonname", "LocalHost", NULL, &hints);
    if (res) {
        RECORD("canonname.name", "%s", res->ai_canonname ? res->ai_canonname : "(null)");
        freeaddrinfo(res);
    }

    hints.ai_flags = AI_NUMERICHOST;
    hints.ai_family = AF_UNSPEC;
    res = gai_keep("numeric.v6", "::1", "8080", &hints);
    if (res) {
        RECORD("numeric.v6.count", "%d", count(res, AF_UNSPEC, 0));
        freeaddrinfo(res);
    }
    gai("numeric.name", "localhost", "80", &hints);
    hints.ai_family = AF_INET;
    gai("numeric.v6_as_inet", "::1", "80", &hints);
    hints.ai_family = AF_INET6;
    hints.ai_flags = AI_NUMERICHOST | AI_V4MAPPED;
    gai("v4mapped", "10.1.2.3", "80", &hints);

    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_PASSIVE;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    gai("passive.inet", NULL, "47100", &hints);
    hints.ai_flags = 0;
    hints.ai_family = AF_INET6;
    gai("null_host.inet6", NULL, "47100", &hints);
    hints.ai_flags = AI_ADDRCONFIG;
    hints.ai_family = AF_UNSPEC;
    gai("addrconfig", "127.0.0.1", "80", &hints);

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_INET;
    gai("service.https", "127.0.0.1", "https", &hints);
    gai("service.ssh", "127.0.0.1", "ssh", &hints);
    gai("service.unknown", "127.0.0.1", "no-such-service", &hints);
    gai("service.70000", "127.0.0.1", "70000", &hints);
    hints.ai_flags = AI_NUMERICSERV;
    gai("service.numericserv_name", "127.0.0.1", "http", &hints);
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = 0;
    gai("service.ssh.dgram", "127.0.0.1", "ssh", &hints); /* ssh is tcp only */

    memset(&hints, 0, sizeof hints);
    gai("error.both_null", NULL, NULL, &hints);
    hints.ai_family = 12345;
    gai("error.family", "localhost", NULL, &hints);
    hints.ai_family = 0;
    hints.ai_socktype = 99;
    gai("error.socktype", "localhost", NULL, &hints);
    hints.ai_socktype = 0;
    hints.ai_flags = 0x10000;
    gai("error.flags", "localhost", NULL, &hints);
    hints.ai_flags = AI_CANONNAME;
    gai("error.canonname_null_host", NULL, "80", &hints);
    hints.ai_flags = 0;
    res = NULL;
    int e = getaddrinfo("no-such-host.invalid", NULL, &hints, &res);
    RECORD("error.unknown_host", "%s", e ? "failed" : "found");
    if (res) freeaddrinfo(res);
    RECORD("gai_strerror", "%s", *gai_strerror(EAI_NONAME) && *gai_strerror(12345) ? "text" : "empty");

    talk("client.localhost", "localhost", AF_INET, 0, 0);
    talk("client.v6", "::1", AF_INET6, 1, AI_NUMERICHOST);
    return check_done();
}
