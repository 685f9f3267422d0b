// inet_pton(3): strict text -> binary address conversion.
//   AF_INET:  exactly four decimal octets "d.d.d.d", 0-255, no leading zeros.
//   AF_INET6: RFC 4291 text forms: up to eight hex groups, at most one "::",
//             optionally ending in a dotted IPv4 address.
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

namespace {

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Parses "d.d.d.d" from s up to the end of the string. Returns 1 or 0.
int parse4(const char* s, unsigned char out[4]) {
    for (int part = 0; part < 4; ++part) {
        if (*s < '0' || *s > '9') return 0;
        int v = 0, digits = 0;
        const char* start = s;
        while (*s >= '0' && *s <= '9') {
            v = v * 10 + (*s - '0');
            if (++digits > 3 || v > 255) return 0;
            ++s;
        }
        if (digits > 1 && *start == '0') return 0;
        out[part] = static_cast<unsigned char>(v);
        if (part < 3) {
            if (*s != '.') return 0;
            ++s;
        }
    }
    return *s == '\0';
}

int parse6(const char* s, unsigned char out[16]) {
    unsigned short groups[8];
    int n = 0;          // groups stored
    int gap = -1;       // index where "::" was seen
    if (s[0] == ':') {
        if (s[1] != ':') return 0;
        gap = 0;
        s += 2;
        if (*s == '\0') goto done;
    }
    for (;;) {
        if (n == 8) return 0;
        // An embedded IPv4 address may end the text.
        const char* p = s;
        while (hexval(*p) >= 0) ++p;
        if (*p == '.') {
            if (n > 6) return 0;
            unsigned char v4[4];
            if (!parse4(s, v4)) return 0;
            groups[n++] = static_cast<unsigned short>(v4[0] << 8 | v4[1]);
            groups[n++] = static_cast<unsigned short>(v4[2] << 8 | v4[3]);
            break;
        }
        int digits = static_cast<int>(p - s);
        if (digits == 0 || digits > 4) return 0;
        unsigned v = 0;
        for (; s < p; ++s) v = v * 16 + static_cast<unsigned>(hexval(*s));
        groups[n++] = static_cast<unsigned short>(v);
        if (*s == '\0') break;
        if (*s != ':') return 0;
        ++s;
        if (*s == ':') {
            if (gap >= 0) return 0;
            gap = n;
            ++s;
            if (*s == '\0') break;
        } else if (*s == '\0') {
            return 0;  // trailing single ':'
        }
    }
done:
    if (gap < 0 && n != 8) return 0;
    if (gap >= 0 && n == 8) return 0;  // "::" must stand for at least one group
    {
        unsigned short full[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        if (gap < 0) {
            memcpy(full, groups, sizeof full);
        } else {
            for (int i = 0; i < gap; ++i) full[i] = groups[i];
            const int tail = n - gap;
            for (int i = 0; i < tail; ++i) full[8 - tail + i] = groups[gap + i];
        }
        for (int i = 0; i < 8; ++i) {
            out[2 * i] = static_cast<unsigned char>(full[i] >> 8);
            out[2 * i + 1] = static_cast<unsigned char>(full[i]);
        }
    }
    return 1;
}

}  // namespace

extern "C" int inet_pton(int af, const char* __restrict src, void* __restrict dst) {
    unsigned char buf[16];
    switch (af) {
    case AF_INET:
        if (!parse4(src, buf)) return 0;
        memcpy(dst, buf, 4);
        return 1;
    case AF_INET6:
        if (!parse6(src, buf)) return 0;
        memcpy(dst, buf, 16);
        return 1;
    default:
        errno = EAFNOSUPPORT;
        return -1;
    }
}
