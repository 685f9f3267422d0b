/* inet_pton() and inet_ntop(): the strict text forms of IPv4 (four decimal
 * parts, no leading zeros) and IPv6 (RFC 4291: eight groups, one "::", a
 * dotted IPv4 tail); text -> binary -> text gives the RFC 5952 form (lower
 * case, the longest run of zero groups as "::", ::ffff:a.b.c.d); buffers
 * too small and unknown families. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "check.h"

/* Records "<name>: '<text>' 1 <text again>", "<name>: '<text>' 0" (not
 * an address of the family) or "<name>: '<text>' -1 <errno>". */
static void round_trip(const char *name, int af, const char *text) {
    unsigned char bin[16];
    char back[INET6_ADDRSTRLEN];
    errno = 0;
    int r = inet_pton(af, text, bin);
    if (r == 1) {
        const char *t = inet_ntop(af, bin, back, sizeof back);
        RECORD(name, "'%s' 1 %s", text, t ? t : "(inet_ntop failed)");
    } else if (r == 0) {
        RECORD(name, "'%s' 0", text);
    } else {
        RECORD(name, "'%s' %d %s", text, r, check_errno_name(errno));
    }
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    static const char *v4[] = {
        "1.2.3.4", "0.0.0.0", "255.255.255.255", "192.168.1.20",
        "256.1.1.1", "1.2.3.256", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "1.2.3.0x4",
        "1.2.3.4 ", " 1.2.3.4", "1..3.4", "1.2.3.", "1.2.3.-4", "1.2.3.1000", "127.1", "16909060", "",
    };
    static const char *v6[] = {
        "::", "::1", "1::", "2001:DB8:0:0:1:0:0:1", "2001:db8:0:0:0:0:2:1", "2001:db8::1",
        "1:0:0:2:0:0:0:3", "1:2:3:4:5:6:7:8", "1:0:3:4:5:6:7:8", "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8", "0:0:0:0:0:0:0:0", "1:0:0:0:1:0:0:0", "fe80::1:2", "FFFF::abcd",
        "0001:02:003:0004::", "::ffff:10.0.0.1", "::ffff:0:1.2.3.4", "64:ff9b::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4",
        ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", "1:2:3:4:5:6:7",
        "::1.2.3", "::1.2.3.256", "::1.2.3.4.5", "1:2:3:4:5:6:7:1.2.3.4", "1:", ":1::", "1:::2",
        "1.2.3.4", "::ffff:01.2.3.4", "",
    };
    char name[64];
    for (size_t i = 0; i < sizeof v4 / sizeof v4[0]; ++i) {
        snprintf(name, sizeof name, "v4.%zu", i);
        round_trip(name, AF_INET, v4[i]);
    }
    for (size_t i = 0; i < sizeof v6 / sizeof v6[0]; ++i) {
        snprintf(name, sizeof name, "v6.%zu", i);
        round_trip(name, AF_INET6, v6[i]);
    }

    /* unknown family */
    unsigned char bin[16];
    char text[INET6_ADDRSTRLEN];
    CALL("pton.bad_family", inet_pton(12345, "1.2.3.4", bin));
    CALL("pton.af_unix", inet_pton(AF_UNIX, "1.2.3.4", bin));
    errno = 0;
    CALL("ntop.bad_family", inet_ntop(12345, bin, text, sizeof text) ? 0 : -1);

    /* buffer sizes: exactly the text and its NUL fits, one byte less not */
    CHECK(inet_pton(AF_INET, "10.0.0.255", bin) == 1);
    CALL("ntop.v4.size_11", inet_ntop(AF_INET, bin, text, 11) ? 0 : -1);
    RECORD("ntop.v4.size_11.text", "%s", text);
    CALL("ntop.v4.size_10", inet_ntop(AF_INET, bin, text, 10) ? 0 : -1);
    CALL("ntop.v4.size_0", inet_ntop(AF_INET, bin, text, 0) ? 0 : -1);
    CHECK(inet_pton(AF_INET6, "2001:db8::1", bin) == 1);
    CALL("ntop.v6.size_12", inet_ntop(AF_INET6, bin, text, 12) ? 0 : -1);
    RECORD("ntop.v6.size_12.text", "%s", text);
    CALL("ntop.v6.size_11", inet_ntop(AF_INET6, bin, text, 11) ? 0 : -1);
    memset(bin, 0xff, 16);
    CALL("ntop.v6.longest.size_40", inet_ntop(AF_INET6, bin, text, INET6_ADDRSTRLEN) ? 0 : -1);
    RECORD("ntop.v6.longest.text", "%s", text);

    /* inet_ntoa and the byte-order functions */
    struct in_addr a;
    a.s_addr = htonl(0xc0000201);
    RECORD("inet_ntoa", "%s", inet_ntoa(a));
    RECORD("htons", "%04x", htons(0x1234));
    RECORD("ntohs", "%04x", ntohs(0x3412));
    RECORD("htonl", "%08x", (unsigned)htonl(0x01020304));
    RECORD("ntohl", "%08x", (unsigned)ntohl(0x04030201));
    return check_done();
}
