/* Name resolution and address text: getaddrinfo (localhost v4 and v6,
 * family/socktype/protocol filtering, flags, services, errors), getnameinfo,
 * gethostbyname/addr, inet_pton/ntop/aton/ntoa/addr, byte order, if_*. */
#include <net/if.h>
#include <netdb.h>

#include "nettest.h"

static int count(struct addrinfo *ai, int family) {
    int n = 0;
    for (; ai; ai = ai->ai_next)
        if (family == AF_UNSPEC || ai->ai_family == family) n++;
    return n;
}

static void test_getaddrinfo(void) {
    struct addrinfo hints, *res;

    /* localhost, IPv4 only: never an IPv6 address */
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    REQUIRE(getaddrinfo("localhost", "80", &hints, &res) == 0);
    CHECK(count(res, AF_INET6) == 0 && count(res, AF_INET) == 1);
    struct sockaddr_in *in = (struct sockaddr_in *)res->ai_addr;
    CHECK(res->ai_addrlen == sizeof *in && in->sin_family == AF_INET);
    CHECK(in->sin_addr.s_addr == htonl(INADDR_LOOPBACK) && ntohs(in->sin_port) == 80);
    CHECK(res->ai_socktype == SOCK_STREAM && res->ai_protocol == IPPROTO_TCP);
    freeaddrinfo(res);

    /* localhost, IPv6 */
    hints.ai_family = AF_INET6;
    REQUIRE(getaddrinfo("localhost", "http", &hints, &res) == 0);
    CHECK(count(res, AF_INET) == 0 && count(res, AF_INET6) == 1);
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)res->ai_addr;
    CHECK(res->ai_addrlen == sizeof *in6 && IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr) && ntohs(in6->sin6_port) == 80);
    freeaddrinfo(res);

    /* unspecified family and socket type: both families, TCP and UDP */
    memset(&hints, 0, sizeof hints);
    REQUIRE(getaddrinfo("localhost", "53", &hints, &res) == 0);
    CHECK(count(res, AF_INET) == 2 && count(res, AF_INET6) == 2);
    int tcp = 0, udp = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        if (ai->ai_socktype == SOCK_STREAM && ai->ai_protocol == IPPROTO_TCP) tcp++;
        if (ai->ai_socktype == SOCK_DGRAM && ai->ai_protocol == IPPROTO_UDP) udp++;
    }
    CHECK(tcp == 2 && udp == 2);
    freeaddrinfo(res);

    /* protocol filter */
    hints.ai_protocol = IPPROTO_UDP;
    REQUIRE(getaddrinfo("127.0.0.1", "53", &hints, &res) == 0);
    CHECK(count(res, AF_UNSPEC) == 1 && res->ai_socktype == SOCK_DGRAM);
    freeaddrinfo(res);
    hints.ai_protocol = IPPROTO_UDP;
    hints.ai_socktype = SOCK_STREAM;
    CHECK(getaddrinfo("127.0.0.1", "53", &hints, &res) == EAI_SOCKTYPE);

    /* resolver path for a name the runtime knows, filtered by family */
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_CANONNAME;
    CHECK(getaddrinfo("LocalHost.", NULL, &hints, &res) == 0 && res && count(res, AF_INET6) == 0);
    if (res) {
        CHECK(res->ai_canonname && strcmp(res->ai_canonname, "LocalHost.") == 0);
        freeaddrinfo(res);
    }

    /* numeric hosts */
    hints.ai_flags = AI_NUMERICHOST;
    hints.ai_family = AF_UNSPEC;
    REQUIRE(getaddrinfo("::1", "8080", &hints, &res) == 0);
    CHECK(res->ai_family == AF_INET6 && res->ai_next == NULL);
    freeaddrinfo(res);
    CHECK(getaddrinfo("localhost", "80", &hints, &res) == EAI_NONAME);
    hints.ai_family = AF_INET;
    CHECK(getaddrinfo("::1", "80", &hints, &res) == EAI_ADDRFAMILY);
    hints.ai_family = AF_INET6;
    hints.ai_flags = AI_NUMERICHOST | AI_V4MAPPED;
    REQUIRE(getaddrinfo("10.1.2.3", "80", &hints, &res) == 0);
    in6 = (struct sockaddr_in6 *)res->ai_addr;
    CHECK(IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr) && in6->sin6_addr.s6_addr[15] == 3);
    freeaddrinfo(res);

    /* passive and loopback defaults */
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_PASSIVE;
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    REQUIRE(getaddrinfo(NULL, "47100", &hints, &res) == 0);
    in = (struct sockaddr_in *)res->ai_addr;
    CHECK(in->sin_addr.s_addr == htonl(INADDR_ANY) && ntohs(in->sin_port) == 47100);
    freeaddrinfo(res);
    hints.ai_flags = 0;
    hints.ai_family = AF_INET6;
    REQUIRE(getaddrinfo(NULL, "47100", &hints, &res) == 0);
    CHECK(IN6_IS_ADDR_LOOPBACK(&((struct sockaddr_in6 *)res->ai_addr)->sin6_addr));
    freeaddrinfo(res);

    /* AI_ADDRCONFIG still finds the loopback here */
    hints.ai_flags = AI_ADDRCONFIG;
    hints.ai_family = AF_UNSPEC;
    CHECK(getaddrinfo("127.0.0.1", "80", &hints, &res) == 0);
    if (res) freeaddrinfo(res);

    /* services */
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_INET;
    REQUIRE(getaddrinfo("127.0.0.1", "https", &hints, &res) == 0);
    CHECK(ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port) == 443);
    freeaddrinfo(res);
    REQUIRE(getaddrinfo("127.0.0.1", "ssh", &hints, &res) == 0);
    CHECK(ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port) == 22);
    freeaddrinfo(res);
    CHECK(getaddrinfo("127.0.0.1", "no-such-service", &hints, &res) == EAI_SERVICE);
    CHECK(getaddrinfo("127.0.0.1", "70000", &hints, &res) == EAI_SERVICE);
    hints.ai_flags = AI_NUMERICSERV;
    CHECK(getaddrinfo("127.0.0.1", "http", &hints, &res) == EAI_NONAME);
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = 0;
    CHECK(getaddrinfo("127.0.0.1", "ssh", &hints, &res) == EAI_SERVICE); /* tcp only */

    /* errors */
    memset(&hints, 0, sizeof hints);
    CHECK(getaddrinfo(NULL, NULL, &hints, &res) == EAI_NONAME);
    hints.ai_family = 12345;
    CHECK(getaddrinfo("localhost", NULL, &hints, &res) == EAI_FAMILY);
    hints.ai_family = 0;
    hints.ai_socktype = 99;
    CHECK(getaddrinfo("localhost", NULL, &hints, &res) == EAI_SOCKTYPE);
    hints.ai_socktype = 0;
    hints.ai_flags = 0x10000;
    CHECK(getaddrinfo("localhost", NULL, &hints, &res) == EAI_BADFLAGS);
    hints.ai_flags = AI_CANONNAME;
    CHECK(getaddrinfo(NULL, "80", &hints, &res) == EAI_BADFLAGS);
    hints.ai_flags = 0;
    int e = getaddrinfo("no-such-host.invalid", NULL, &hints, &res);
    CHECK(e == EAI_NONAME || e == EAI_FAIL || e == EAI_AGAIN);
    CHECK(strlen(gai_strerror(EAI_NONAME)) > 0 && strlen(gai_strerror(12345)) > 0);
}

static void test_getnameinfo(void) {
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    struct sockaddr_in in = nt_v4("127.0.0.1", 80);
    CHECK(getnameinfo((struct sockaddr *)&in, sizeof in, host, sizeof host, serv, sizeof serv, 0) == 0);
    CHECK(strcmp(host, "localhost") == 0 && strcmp(serv, "http") == 0);
    CHECK(getnameinfo((struct sockaddr *)&in, sizeof in, host, sizeof host, serv, sizeof serv,
                      NI_NUMERICHOST | NI_NUMERICSERV) == 0);
    CHECK(strcmp(host, "127.0.0.1") == 0 && strcmp(serv, "80") == 0);
    struct sockaddr_in6 in6 = nt_v6("2001:db8::5", 47100);
    CHECK(getnameinfo((struct sockaddr *)&in6, sizeof in6, host, sizeof host, serv, sizeof serv, 0) == 0);
    CHECK(strcmp(host, "2001:db8::5") == 0 && strcmp(serv, "47100") == 0);
    CHECK(getnameinfo((struct sockaddr *)&in6, sizeof in6, host, sizeof host, NULL, 0, NI_NAMEREQD) == EAI_NONAME);
    CHECK(getnameinfo((struct sockaddr *)&in6, sizeof in6, host, 4, NULL, 0, NI_NUMERICHOST) == EAI_OVERFLOW);
    CHECK(getnameinfo((struct sockaddr *)&in6, 8, host, sizeof host, NULL, 0, 0) == EAI_FAMILY);
    in6 = nt_v6("::1", 22);
    CHECK(getnameinfo((struct sockaddr *)&in6, sizeof in6, host, sizeof host, serv, sizeof serv, 0) == 0);
    CHECK(strcmp(host, "localhost") == 0 && strcmp(serv, "ssh") == 0);
}

static void test_hostent(void) {
    struct hostent *h = gethostbyname("localhost");
    REQUIRE(h != NULL);
    CHECK(h->h_addrtype == AF_INET && h->h_length == 4 && h->h_addr_list[0] && !h->h_addr_list[1]);
    CHECK(memcmp(h->h_addr_list[0], "\x7f\0\0\x01", 4) == 0);
    h = gethostbyname2("localhost", AF_INET6);
    REQUIRE(h != NULL);
    CHECK(h->h_addrtype == AF_INET6 && h->h_length == 16 && h->h_addr_list[0][15] == 1);
    CHECK(gethostbyname("no-such-host.invalid") == NULL && h_errno != 0);
    struct in_addr lo = {htonl(INADDR_LOOPBACK)};
    h = gethostbyaddr(&lo, sizeof lo, AF_INET);
    CHECK(h && strcmp(h->h_name, "localhost") == 0);
    struct in_addr other = {htonl(0x0a000001)};
    CHECK(gethostbyaddr(&other, sizeof other, AF_INET) == NULL);
    struct servent *se = getservbyname("http", "tcp");
    CHECK(se && ntohs((uint16_t)se->s_port) == 80 && strcmp(se->s_proto, "tcp") == 0);
    se = getservbyport(htons(443), NULL);
    CHECK(se && strcmp(se->s_name, "https") == 0);
}

static void test_inet(void) {
    unsigned char b[16];
    char t[INET6_ADDRSTRLEN];
    CHECK(inet_pton(AF_INET, "192.168.1.20", b) == 1 && memcmp(b, "\xc0\xa8\x01\x14", 4) == 0);
    CHECK(inet_pton(AF_INET, "256.1.1.1", b) == 0);
    CHECK(inet_pton(AF_INET, "1.2.3", b) == 0);
    CHECK(inet_pton(AF_INET, "01.2.3.4", b) == 0);
    CHECK(inet_pton(AF_INET, "1.2.3.4 ", b) == 0);
    CHECK_ERR(inet_pton(12345, "1.2.3.4", b), EAFNOSUPPORT);
    static const struct { const char *in, *out; } v6[] = {
        {"::", "::"}, {"::1", "::1"}, {"1::", "1::"},
        {"2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
        {"2001:db8:0:0:0:0:2:1", "2001:db8::2:1"},
        {"2001:db8::1", "2001:db8::1"},
        {"1:0:0:2:0:0:0:3", "1:0:0:2::3"},
        {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
        {"1:0:3:4:5:6:7:8", "1:0:3:4:5:6:7:8"},
        {"::ffff:10.0.0.1", "::ffff:10.0.0.1"},
        {"fe80::1:2", "fe80::1:2"},
    };
    for (unsigned i = 0; i < sizeof v6 / sizeof v6[0]; ++i) {
        if (inet_pton(AF_INET6, v6[i].in, b) != 1) { printf("FAIL pton %s\n", v6[i].in); nt_failures++; continue; }
        if (!inet_ntop(AF_INET6, b, t, sizeof t) || strcmp(t, v6[i].out) != 0) {
            printf("FAIL ntop %s -> %s, want %s\n", v6[i].in, t, v6[i].out);
            nt_failures++;
        }
    }
    static const char *bad6[] = {":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", "1:2:3:4:5:6:7",
                                 "::1.2.3", "1:", ""};
    for (unsigned i = 0; i < sizeof bad6 / sizeof bad6[0]; ++i)
        if (inet_pton(AF_INET6, bad6[i], b) != 0) { printf("FAIL pton accepted '%s'\n", bad6[i]); nt_failures++; }
    CHECK(inet_pton(AF_INET, "10.0.0.255", b) == 1);
    CHECK(inet_ntop(AF_INET, b, t, sizeof t) && strcmp(t, "10.0.0.255") == 0);
    CHECK(inet_ntop(AF_INET, b, t, 10) == NULL && errno == ENOSPC);
    CHECK(inet_ntop(AF_INET, b, t, 11) != NULL);
    errno = 0;
    CHECK(inet_ntop(12345, b, t, sizeof t) == NULL && errno == EAFNOSUPPORT);
    struct in_addr a;
    CHECK(inet_aton("127.1", &a) == 1 && a.s_addr == htonl(0x7f000001));
    CHECK(inet_aton("0x7f.0.0.01", &a) == 1 && a.s_addr == htonl(0x7f000001));
    CHECK(inet_aton("1.2.3.4.5", &a) == 0 && inet_aton("09.1.1.1", &a) == 0);
    CHECK(inet_aton("4294967295", &a) == 1 && a.s_addr == INADDR_BROADCAST);
    CHECK(inet_aton("4294967296", &a) == 0 && inet_aton("0x100000000", &a) == 0);
    CHECK(inet_addr("1.2.3.256") == INADDR_NONE);
    CHECK(inet_addr("1.2.3.4") == htonl(0x01020304) && inet_addr("x") == INADDR_NONE);
    a.s_addr = htonl(0xc0000201);
    CHECK(strcmp(inet_ntoa(a), "192.0.2.1") == 0);
    CHECK(htons(0x1234) == 0x3412 && ntohs(0x3412) == 0x1234);
    CHECK(htonl(0x01020304) == 0x04030201 && ntohl(0x04030201) == 0x01020304);
    CHECK(if_nametoindex("lo") == 1 && if_nametoindex("eth9") == 0);
    char name[IF_NAMESIZE];
    CHECK(if_indextoname(1, name) && strcmp(name, "lo") == 0);
    struct if_nameindex *ifs = if_nameindex();
    CHECK(ifs && ifs[0].if_index == 1 && strcmp(ifs[0].if_name, "lo") == 0 && ifs[1].if_index == 0 &&
          ifs[1].if_name == NULL);
    if_freenameindex(ifs);
}

int main(void) {
    test_inet();
    test_getaddrinfo();
    test_getnameinfo();
    test_hostent();
    return nt_done("netdb");
}
