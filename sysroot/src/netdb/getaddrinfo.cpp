// getaddrinfo(3).
//
// Host names go to the runtime's resolver (wasix::resolve); its answers are
// filtered by the requested family, so AF_INET never yields IPv6 addresses.
// "localhost" (and names under .localhost) is answered here with 127.0.0.1
// and ::1 (RFC 6761): the runtime's resolver only knows the IPv4 one. Numeric
// addresses (inet_pton forms, and inet_aton forms for IPv4) never reach the
// resolver. Services are port numbers or names from the built-in table
// (services.cpp). With socktype 0 every address is returned once for
// SOCK_STREAM/IPPROTO_TCP and once for SOCK_DGRAM/IPPROTO_UDP.
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "__support/services.hpp"
#include "__support/timer_warmup.hpp"

#include <wasix/wasix.hpp>

namespace {

constexpr int kAllFlags = AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG |
                          AI_NUMERICSERV;
constexpr int kMaxAddrs = 32;

struct addr {
    int family;
    unsigned char bytes[16];
    uint32_t scope_id;
};

struct kind {
    int socktype;
    int protocol;
};

// One allocation per result: the addrinfo and its address.
struct entry {
    struct addrinfo ai;
    union {
        struct sockaddr_in in;
        struct sockaddr_in6 in6;
    } sa;
};

// Whether name is "localhost" itself (any case; a trailing dot makes it
// absolute).
bool is_plain_localhost(const char* name) {
    size_t n = strlen(name);
    if (n > 0 && name[n - 1] == '.') --n;
    return n == 9 && strncasecmp(name, "localhost", 9) == 0;
}

// Whether name is localhost or a name under it.
bool is_localhost(const char* name) {
    if (is_plain_localhost(name)) return true;
    size_t n = strlen(name);
    if (n > 0 && name[n - 1] == '.') --n;
    return n > 10 && strncasecmp(name + n - 10, ".localhost", 10) == 0;
}

// Parses a decimal number of at most 65535 (an IPv6 scope id). Returns it,
// -1 if s is not a number, -2 if it is out of range.
long numeric_port(const char* s) {
    if (*s == '\0') return -1;
    long v = 0;
    for (const char* p = s; *p; ++p) {
        if (*p < '0' || *p > '9') return -1;
        v = v * 10 + (*p - '0');
        if (v > 65535) return -2;
    }
    return v;
}

// Parses a numeric service as glibc does: any decimal number, taken modulo
// 2^16 (a number too large for unsigned long counts as its maximum, which
// leaves 65535). Returns the port, or -1 if s is not a number.
long numeric_service(const char* s) {
    if (*s == '\0') return -1;
    unsigned long long v = 0;
    bool saturated = false;
    for (const char* p = s; *p; ++p) {
        if (*p < '0' || *p > '9') return -1;
        if (!saturated && __builtin_mul_overflow(v, 10ull, &v)) saturated = true;
        if (!saturated && __builtin_add_overflow(v, static_cast<unsigned long long>(*p - '0'), &v)) saturated = true;
    }
    return saturated ? 65535 : static_cast<long>(v & 0xffffu);
}

// Whether the runtime can make sockets of this family (AI_ADDRCONFIG).
bool family_configured(int family) {
    const wasix::address_family_t af =
        family == AF_INET ? wasix::address_family_t::inet4 : wasix::address_family_t::inet6;
    wasix_libc::ensure_timers();  // must precede the process's first socket
    auto s = wasix::sock_open(af, wasix::sock_type_t::socket_stream, wasix::sock_proto_t::tcp);
    if (!s) return false;
    (void)wasix::fd_close(*s);
    return true;
}

// Parses a numeric host into a; returns false if host is not numeric.
bool numeric_host(const char* host, addr* a) {
    memset(a, 0, sizeof *a);
    if (inet_pton(AF_INET, host, a->bytes) == 1) {
        a->family = AF_INET;
        return true;
    }
    struct in_addr v4;
    if (inet_aton(host, &v4)) {
        a->family = AF_INET;
        memcpy(a->bytes, &v4, 4);
        return true;
    }
    // IPv6, with an optional %scope (interface name or number).
    char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
    const char* pct = strchr(host, '%');
    size_t len = pct ? static_cast<size_t>(pct - host) : strlen(host);
    if (len >= INET6_ADDRSTRLEN) return false;
    memcpy(buf, host, len);
    buf[len] = '\0';
    if (inet_pton(AF_INET6, buf, a->bytes) != 1) return false;
    a->family = AF_INET6;
    if (pct) {
        const char* scope = pct + 1;
        long n = numeric_port(scope);  // any decimal number will do
        unsigned idx = n >= 0 ? static_cast<unsigned>(n) : if_nametoindex(scope);
        if (idx == 0 && n != 0) return false;
        a->scope_id = idx;
    }
    return true;
}

void make_v4mapped(addr* a) {
    unsigned char v4[4];
    memcpy(v4, a->bytes, 4);
    memset(a->bytes, 0, 16);
    a->bytes[10] = a->bytes[11] = 0xff;
    memcpy(a->bytes + 12, v4, 4);
    a->family = AF_INET6;
}

int resolve_host(const char* host, int family, addr* out, int* count) {
    wasix::addr_ip_t ips[kMaxAddrs];
    auto r = wasix::resolve(host, 0, ips, kMaxAddrs);
    if (!r) {
        switch (r.error()) {
        case wasix::errno_t::again: return EAI_AGAIN;
        case wasix::errno_t::nomem: return EAI_MEMORY;
        case wasix::errno_t::addrnotavail:
        case wasix::errno_t::noent:
        case wasix::errno_t::inval:
        case wasix::errno_t::hostunreach:
        case wasix::errno_t::netunreach: return EAI_NONAME;
        default: return EAI_FAIL;
        }
    }
    int n = 0;
    const size_t got = *r < static_cast<size_t>(kMaxAddrs) ? *r : static_cast<size_t>(kMaxAddrs);
    for (size_t i = 0; i < got; ++i) {
        addr a;
        memset(&a, 0, sizeof a);
        if (ips[i].tag == wasix::address_family_ip_t::inet4) {
            a.family = AF_INET;
            memcpy(a.bytes, &ips[i].u.inet4, 4);
        } else if (ips[i].tag == wasix::address_family_ip_t::inet6) {
            a.family = AF_INET6;
            memcpy(a.bytes, &ips[i].u.inet6, 16);
        } else {
            continue;
        }
        if (family != AF_UNSPEC && a.family != family) continue;
        out[n++] = a;
    }
    *count = n;
    return 0;
}

}  // namespace

extern "C" int getaddrinfo(const char* __restrict host, const char* __restrict serv,
                           const struct addrinfo* __restrict hint, struct addrinfo** __restrict res) {
    if (res == nullptr) return EAI_SYSTEM;
    *res = nullptr;
    int flags = 0, family = AF_UNSPEC, socktype = 0, protocol = 0;
    if (hint) {
        flags = hint->ai_flags;
        family = hint->ai_family;
        socktype = hint->ai_socktype;
        protocol = hint->ai_protocol;
    }
    if (flags & ~kAllFlags) return EAI_BADFLAGS;
    if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) return EAI_FAMILY;
    if (!host && !serv) return EAI_NONAME;
    if (!host && (flags & AI_CANONNAME)) return EAI_BADFLAGS;

    // Socket kinds to report.
    kind kinds[2];
    int nkinds = 0;
    switch (socktype) {
    case 0:
        if (protocol == 0 || protocol == IPPROTO_TCP) kinds[nkinds++] = {SOCK_STREAM, IPPROTO_TCP};
        if (protocol == 0 || protocol == IPPROTO_UDP) kinds[nkinds++] = {SOCK_DGRAM, IPPROTO_UDP};
        if (nkinds == 0) return EAI_SOCKTYPE;
        break;
    case SOCK_STREAM:
        if (protocol != 0 && protocol != IPPROTO_TCP) return EAI_SOCKTYPE;
        kinds[nkinds++] = {SOCK_STREAM, IPPROTO_TCP};
        break;
    case SOCK_DGRAM:
        if (protocol != 0 && protocol != IPPROTO_UDP) return EAI_SOCKTYPE;
        kinds[nkinds++] = {SOCK_DGRAM, IPPROTO_UDP};
        break;
    case SOCK_RAW:
        kinds[nkinds++] = {SOCK_RAW, protocol};
        break;
    default:
        return EAI_SOCKTYPE;
    }

    // The port.
    unsigned port = 0;
    if (serv && *serv) {
        long p = numeric_service(serv);
        if (p >= 0) {
            port = static_cast<unsigned>(p);
        } else {
            if (flags & AI_NUMERICSERV) return EAI_NONAME;
            unsigned want = 0;
            for (int i = 0; i < nkinds; ++i)
                want |= kinds[i].socktype == SOCK_STREAM ? wasix_libc::svc_tcp
                        : kinds[i].socktype == SOCK_DGRAM ? wasix_libc::svc_udp : 0;
            const wasix_libc::service* s = wasix_libc::service_by_name(serv, want);
            if (!s) return EAI_SERVICE;
            port = s->port;
            // Drop the kinds the service is not offered over.
            int k = 0;
            for (int i = 0; i < nkinds; ++i) {
                unsigned p2 = kinds[i].socktype == SOCK_STREAM ? wasix_libc::svc_tcp : wasix_libc::svc_udp;
                if (s->protos & p2) kinds[k++] = kinds[i];
            }
            nkinds = k;
        }
    }

    // Families present (AI_ADDRCONFIG).
    bool have4 = true, have6 = true;
    if (flags & AI_ADDRCONFIG) {
        have4 = family_configured(AF_INET);
        have6 = family_configured(AF_INET6);
    }

    // The addresses.
    addr addrs[kMaxAddrs];
    int naddrs = 0;
    if (!host) {
        const bool passive = (flags & AI_PASSIVE) != 0;
        if (family != AF_INET6) {
            memset(&addrs[naddrs], 0, sizeof addrs[naddrs]);
            addrs[naddrs].family = AF_INET;
            if (!passive) {
                addrs[naddrs].bytes[0] = 127;
                addrs[naddrs].bytes[3] = 1;
            }
            ++naddrs;
        }
        if (family != AF_INET) {
            memset(&addrs[naddrs], 0, sizeof addrs[naddrs]);
            addrs[naddrs].family = AF_INET6;
            if (!passive) addrs[naddrs].bytes[15] = 1;
            ++naddrs;
        }
    } else if (numeric_host(host, &addrs[0])) {
        if (family == AF_INET6 && addrs[0].family == AF_INET && (flags & AI_V4MAPPED)) make_v4mapped(&addrs[0]);
        if (family != AF_UNSPEC && addrs[0].family != family) return EAI_ADDRFAMILY;
        naddrs = 1;
    } else if (flags & AI_NUMERICHOST) {
        return EAI_NONAME;
    } else if (is_localhost(host)) {
        if (family != AF_INET6) {
            memset(&addrs[naddrs], 0, sizeof addrs[naddrs]);
            addrs[naddrs].family = AF_INET;
            addrs[naddrs].bytes[0] = 127;
            addrs[naddrs].bytes[3] = 1;
            ++naddrs;
        }
        if (family != AF_INET) {
            memset(&addrs[naddrs], 0, sizeof addrs[naddrs]);
            addrs[naddrs].family = AF_INET6;
            addrs[naddrs].bytes[15] = 1;
            ++naddrs;
        }
    } else {
        const bool mapped = family == AF_INET6 && (flags & AI_V4MAPPED);
        if (int err = resolve_host(host, mapped ? AF_UNSPEC : family, addrs, &naddrs)) return err;
        if (mapped) {
            // IPv6 answers; IPv4 ones mapped only when there are none (or with AI_ALL).
            bool any6 = false;
            for (int i = 0; i < naddrs; ++i) any6 |= addrs[i].family == AF_INET6;
            int k = 0;
            for (int i = 0; i < naddrs; ++i) {
                if (addrs[i].family == AF_INET) {
                    if (any6 && !(flags & AI_ALL)) continue;
                    make_v4mapped(&addrs[i]);
                }
                addrs[k++] = addrs[i];
            }
            naddrs = k;
        }
    }
    if (flags & AI_ADDRCONFIG) {
        int k = 0;
        for (int i = 0; i < naddrs; ++i)
            if ((addrs[i].family == AF_INET && have4) || (addrs[i].family == AF_INET6 && have6)) addrs[k++] = addrs[i];
        naddrs = k;
    }
    if (naddrs == 0) return EAI_NONAME;
    if (nkinds == 0) return EAI_SERVICE;

    // Build the list.
    struct addrinfo* head = nullptr;
    struct addrinfo** tail = &head;
    for (int i = 0; i < naddrs; ++i) {
        for (int k = 0; k < nkinds; ++k) {
            entry* e = static_cast<entry*>(calloc(1, sizeof(entry)));
            if (!e) {
                freeaddrinfo(head);
                return EAI_MEMORY;
            }
            e->ai.ai_family = addrs[i].family;
            e->ai.ai_socktype = kinds[k].socktype;
            e->ai.ai_protocol = kinds[k].protocol;
            e->ai.ai_flags = flags;
            e->ai.ai_addr = reinterpret_cast<struct sockaddr*>(&e->sa);
            if (addrs[i].family == AF_INET) {
                e->sa.in.sin_family = AF_INET;
                e->sa.in.sin_port = htons(static_cast<uint16_t>(port));
                memcpy(&e->sa.in.sin_addr, addrs[i].bytes, 4);
                e->ai.ai_addrlen = sizeof(struct sockaddr_in);
            } else {
                e->sa.in6.sin6_family = AF_INET6;
                e->sa.in6.sin6_port = htons(static_cast<uint16_t>(port));
                memcpy(&e->sa.in6.sin6_addr, addrs[i].bytes, 16);
                e->sa.in6.sin6_scope_id = addrs[i].scope_id;
                e->ai.ai_addrlen = sizeof(struct sockaddr_in6);
            }
            *tail = &e->ai;
            tail = &e->ai.ai_next;
        }
    }
    if ((flags & AI_CANONNAME) && head) {
        // The official name of the loopback host is "localhost" (as in
        // /etc/hosts), however it was asked for; other names are given back
        // as asked.
        head->ai_canonname = strdup(is_plain_localhost(host) ? "localhost" : host);
        if (!head->ai_canonname) {
            freeaddrinfo(head);
            return EAI_MEMORY;
        }
    }
    *res = head;
    return 0;
}
