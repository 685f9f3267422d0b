// getservbyname(3) / getservbyport(3) over the built-in service table. The
// result lives in a per-thread buffer.
#include <netdb.h>
#include <string.h>

#include "__support/services.hpp"

namespace {

struct servent_buf {
    struct servent s;
    char* aliases[1];
    char name[32];
    char proto[4];
};

unsigned protos_of(const char* proto, bool* ok) {
    *ok = true;
    if (proto == nullptr) return wasix_libc::svc_tcp | wasix_libc::svc_udp;
    if (strcmp(proto, "tcp") == 0) return wasix_libc::svc_tcp;
    if (strcmp(proto, "udp") == 0) return wasix_libc::svc_udp;
    *ok = false;
    return 0;
}

struct servent* fill(const wasix_libc::service* svc, unsigned protos) {
    static thread_local servent_buf b;
    if (!svc) return nullptr;
    memset(&b, 0, sizeof b);
    strncpy(b.name, svc->name, sizeof b.name - 1);
    strcpy(b.proto, (svc->protos & protos & wasix_libc::svc_tcp) ? "tcp" : "udp");
    b.s.s_name = b.name;
    b.s.s_aliases = b.aliases;
    b.s.s_port = htons(svc->port);
    b.s.s_proto = b.proto;
    return &b.s;
}

}  // namespace

extern "C" struct servent* getservbyname(const char* name, const char* proto) {
    bool ok;
    unsigned p = protos_of(proto, &ok);
    if (!ok || name == nullptr) return nullptr;
    return fill(wasix_libc::service_by_name(name, p), p);
}

extern "C" struct servent* getservbyport(int port, const char* proto) {
    bool ok;
    unsigned p = protos_of(proto, &ok);
    if (!ok) return nullptr;
    return fill(wasix_libc::service_by_port(ntohs(static_cast<uint16_t>(port)), p), p);
}
