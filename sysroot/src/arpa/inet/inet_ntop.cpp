// inet_ntop(3): binary -> text. IPv6 follows RFC 5952: lower-case hex, the
// longest run (first on a tie) of two or more zero groups written as "::",
// IPv4-mapped addresses as ::ffff:a.b.c.d.
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

namespace {

// Appends text to buf[*len], keeping room for the NUL.
void append(char* buf, size_t* len, const char* text) {
    while (*text) buf[(*len)++] = *text++;
}

void append_u(char* buf, size_t* len, unsigned v, unsigned base) {
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n) buf[(*len)++] = tmp[--n];
}

void format4(const unsigned char* a, char* out, size_t* len) {
    for (int i = 0; i < 4; ++i) {
        if (i) append(out, len, ".");
        append_u(out, len, a[i], 10);
    }
}

}  // namespace

extern "C" const char* inet_ntop(int af, const void* __restrict src, char* __restrict dst, socklen_t size) {
    const unsigned char* a = static_cast<const unsigned char*>(src);
    char text[INET6_ADDRSTRLEN + 8];
    size_t len = 0;
    if (af == AF_INET) {
        format4(a, text, &len);
    } else if (af == AF_INET6) {
        unsigned g[8];
        for (int i = 0; i < 8; ++i) g[i] = static_cast<unsigned>(a[2 * i] << 8 | a[2 * i + 1]);
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (memcmp(a, mapped, 12) == 0) {
            append(text, &len, "::ffff:");
            format4(a + 12, text, &len);
        } else {
            int best = -1, best_len = 0;
            for (int i = 0; i < 8;) {
                if (g[i] != 0) { ++i; continue; }
                int j = i;
                while (j < 8 && g[j] == 0) ++j;
                if (j - i > best_len) { best = i; best_len = j - i; }
                i = j;
            }
            if (best_len < 2) best = -1;
            for (int i = 0; i < 8; ++i) {
                if (i == best) {
                    append(text, &len, "::");
                    i += best_len - 1;
                    continue;
                }
                if (i > 0 && !(best >= 0 && i == best + best_len)) append(text, &len, ":");
                append_u(text, &len, g[i], 16);
            }
        }
    } else {
        errno = EAFNOSUPPORT;
        return nullptr;
    }
    text[len] = '\0';
    if (len + 1 > size) {
        errno = ENOSPC;
        return nullptr;
    }
    memcpy(dst, text, len + 1);
    return dst;
}
