/* inet_aton() and inet_addr(): the one- to four-part forms, each part
 * decimal, octal (leading 0) or hex (0x); the last part fills the bytes
 * left; a part too big for its bytes, 2^32 and more in particular, makes
 * the text invalid. inet_addr gives INADDR_NONE for invalid text. */
#include <arpa/inet.h>
#include <netinet/in.h>

#include "check.h"

/* Records "<name>: 1 a.b.c.d" or "<name>: 0" (invalid; what is left in
 * the address then is unspecified: glibc leaves it, musl may have written
 * the first bytes). */
static void aton(const char *name, const char *text) {
    struct in_addr a;
    int r = inet_aton(text, &a);
    if (r) {
        uint32_t h = ntohl(a.s_addr);
        RECORD(name, "%d %u.%u.%u.%u", r, h >> 24, h >> 16 & 0xff, h >> 8 & 0xff, h & 0xff);
    } else {
        RECORD(name, "%d", r);
    }
}

static void addr(const char *name, const char *text) {
    in_addr_t a = inet_addr(text);
    if (a == INADDR_NONE) RECORD(name, "INADDR_NONE");
    else RECORD(name, "%08x", (unsigned)ntohl(a));
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    static const struct { const char *name, *text; } cases[] = {
        {"four", "1.2.3.4"},
        {"four.max", "255.255.255.255"},
        {"four.zero", "0.0.0.0"},
        {"four.part_256", "1.2.3.256"},
        {"five_parts", "1.2.3.4.5"},
        {"three", "10.1.65535"},
        {"three.part_65536", "10.1.65536"},
        {"two", "127.1"},
        {"two.max", "10.16777215"},
        {"two.part_2p24", "10.16777216"},
        {"one", "16909060"},
        {"one.max", "4294967295"},
        {"one.2p32", "4294967296"},
        {"one.2p32_plus_1", "4294967297"},
        {"one.huge", "99999999999"},
        {"one.huger", "340282366920938463463374607431768211457"},
        {"hex", "0x7f.0.0.1"},
        {"hex.upper", "0X7F.0XFF.0xAb.0xcD"},
        {"hex.one_max", "0xffffffff"},
        {"hex.one_2p32", "0x100000000"},
        {"hex.no_digits", "0x"},
        {"octal", "0177.0.0.01"},
        {"hex_and_octal", "0x7f.0.0.01"},
        {"octal.one_max", "037777777777"},
        {"octal.one_2p32", "040000000000"},
        {"octal.digit_8", "08"},
        {"octal.digit_9", "09.1.1.1"},
        {"empty", ""},
        {"dot", "."},
        {"trailing_dot", "1.2.3.4."},
        {"leading_dot", ".1.2.3"},
        {"empty_part", "1..2"},
        {"plus", "+1.2.3.4"},
        {"minus", "1.2.3.-4"},
        {"leading_space", " 1.2.3.4"},
        {"letters", "localhost"},
        {"letter_in_part", "1.2.3.4x"},
    };
    char name[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
        snprintf(name, sizeof name, "inet_aton.%s", cases[i].name);
        aton(name, cases[i].text);
        snprintf(name, sizeof name, "inet_addr.%s", cases[i].name);
        addr(name, cases[i].text);
    }
    return check_done();
}
