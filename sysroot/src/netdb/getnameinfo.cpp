// getnameinfo(3). WASIX has no reverse resolver: loopback addresses are
// named "localhost" (the inverse of what getaddrinfo answers), every other
// address is written numerically, or fails with EAI_NONAME under
// NI_NAMEREQD. Services come from the built-in table.
#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <string.h>

#include "__support/services.hpp"

namespace {

int copy_out(char* dst, socklen_t size, const char* text) {
    size_t n = strlen(text);
    if (n + 1 > size) return EAI_OVERFLOW;
    memcpy(dst, text, n + 1);
    return 0;
}

void utoa(unsigned v, char* out) {
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    int i = 0;
    while (n) out[i++] = tmp[--n];
    out[i] = '\0';
}

}  // namespace

extern "C" int getnameinfo(const struct sockaddr* __restrict sa, socklen_t salen, char* __restrict host,
                           socklen_t hostlen, char* __restrict serv, socklen_t servlen, int flags) {
    if (sa == nullptr || salen < sizeof(sa_family_t)) return EAI_FAMILY;
    const void* bytes;
    unsigned port;
    uint32_t scope = 0;
    bool loopback;
    int af = sa->sa_family;
    if (af == AF_INET) {
        if (salen < sizeof(struct sockaddr_in)) return EAI_FAMILY;
        const struct sockaddr_in* in = reinterpret_cast<const struct sockaddr_in*>(sa);
        bytes = &in->sin_addr;
        port = ntohs(in->sin_port);
        loopback = (ntohl(in->sin_addr.s_addr) >> 24) == 127;
    } else if (af == AF_INET6) {
        if (salen < sizeof(struct sockaddr_in6)) return EAI_FAMILY;
        const struct sockaddr_in6* in6 = reinterpret_cast<const struct sockaddr_in6*>(sa);
        bytes = &in6->sin6_addr;
        port = ntohs(in6->sin6_port);
        scope = in6->sin6_scope_id;
        loopback = IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
    } else {
        return EAI_FAMILY;
    }

    if (host && hostlen > 0) {
        if (!(flags & NI_NUMERICHOST) && loopback) {
            if (int err = copy_out(host, hostlen, "localhost")) return err;
        } else {
            if (flags & NI_NAMEREQD) return EAI_NONAME;
            char text[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
            if (!inet_ntop(af, bytes, text, INET6_ADDRSTRLEN)) return EAI_SYSTEM;
            if (scope != 0) {
                size_t n = strlen(text);
                text[n++] = '%';
                char name[IF_NAMESIZE];
                if (!(flags & NI_NUMERICSCOPE) && if_indextoname(scope, name)) {
                    memcpy(text + n, name, strlen(name) + 1);
                } else {
                    utoa(scope, text + n);
                }
            }
            if (int err = copy_out(host, hostlen, text)) return err;
        }
    }
    if (serv && servlen > 0) {
        const wasix_libc::service* s = nullptr;
        if (!(flags & NI_NUMERICSERV))
            s = wasix_libc::service_by_port(port, (flags & NI_DGRAM) ? wasix_libc::svc_udp : wasix_libc::svc_tcp);
        char num[12];
        utoa(port, num);
        if (int err = copy_out(serv, servlen, s ? s->name : num)) return err;
    }
    return 0;
}
