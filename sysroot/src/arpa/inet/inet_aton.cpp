// inet_aton(3): the classic forms a, a.b, a.b.c, a.b.c.d, each part decimal,
// octal (leading 0) or hex (leading 0x); the last part fills the remaining bytes.
#include <arpa/inet.h>
#include <ctype.h>

extern "C" int inet_aton(const char* s, struct in_addr* dst) {
    unsigned long parts[4];
    int n = 0;
    for (;;) {
        if (!isdigit(static_cast<unsigned char>(*s))) return 0;
        unsigned long v = 0;
        unsigned base = 10;
        if (*s == '0') {
            ++s;
            base = 8;
            if (*s == 'x' || *s == 'X') {
                base = 16;
                ++s;
                if (!isxdigit(static_cast<unsigned char>(*s))) return 0;
            }
        }
        for (;; ++s) {
            unsigned d;
            if (*s >= '0' && *s <= '9') d = static_cast<unsigned>(*s - '0');
            else if (base == 16 && *s >= 'a' && *s <= 'f') d = static_cast<unsigned>(*s - 'a' + 10);
            else if (base == 16 && *s >= 'A' && *s <= 'F') d = static_cast<unsigned>(*s - 'A' + 10);
            else break;
            if (d >= base) return 0;
            v = v * base + d;
            if (v > 0xffffffffUL) return 0;
        }
        parts[n++] = v;
        if (*s == '.' && n < 4) {
            ++s;
            continue;
        }
        if (*s != '\0') return 0;
        break;
    }
    unsigned long addr;
    switch (n) {
    case 1: addr = parts[0]; break;
    case 2:
        if (parts[0] > 0xff || parts[1] > 0xffffff) return 0;
        addr = parts[0] << 24 | parts[1];
        break;
    case 3:
        if (parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xffff) return 0;
        addr = parts[0] << 24 | parts[1] << 16 | parts[2];
        break;
    default:
        for (int i = 0; i < 4; ++i)
            if (parts[i] > 0xff) return 0;
        addr = parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
        break;
    }
    if (dst) dst->s_addr = htonl(static_cast<uint32_t>(addr));
    return 1;
}

// The name musl's own callers use; defined so this file fully replaces
// musl's inet_aton.o in libc.a.
extern "C" int __inet_aton(const char* s, struct in_addr* dst) { return inet_aton(s, dst); }
