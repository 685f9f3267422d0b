// The table of well-known services (IANA port numbers) used by getaddrinfo,
// getnameinfo and getservby*: WASIX guests have no /etc/services.
#include <string.h>

#include <netdb.h>
#include <arpa/inet.h>
#include "__support/services.hpp"

namespace wasix_libc {
namespace {

// name, port, protocols. Aliases follow their primary entry with the same port.
const service kServices[] = {
    {"echo", 7, svc_tcp | svc_udp},
    {"discard", 9, svc_tcp | svc_udp},
    {"daytime", 13, svc_tcp | svc_udp},
    {"ftp-data", 20, svc_tcp},
    {"ftp", 21, svc_tcp},
    {"ssh", 22, svc_tcp},
    {"telnet", 23, svc_tcp},
    {"smtp", 25, svc_tcp},
    {"time", 37, svc_tcp | svc_udp},
    {"whois", 43, svc_tcp},
    {"domain", 53, svc_tcp | svc_udp},
    {"bootps", 67, svc_udp},
    {"bootpc", 68, svc_udp},
    {"tftp", 69, svc_udp},
    {"gopher", 70, svc_tcp},
    {"finger", 79, svc_tcp},
    {"http", 80, svc_tcp | svc_udp},
    {"www", 80, svc_tcp},
    {"pop3", 110, svc_tcp},
    {"sunrpc", 111, svc_tcp | svc_udp},
    {"ident", 113, svc_tcp},
    {"nntp", 119, svc_tcp},
    {"ntp", 123, svc_udp},
    {"imap", 143, svc_tcp},
    {"imap2", 143, svc_tcp},
    {"snmp", 161, svc_tcp | svc_udp},
    {"snmp-trap", 162, svc_tcp | svc_udp},
    {"irc", 194, svc_tcp},
    {"ldap", 389, svc_tcp | svc_udp},
    {"https", 443, svc_tcp | svc_udp},
    {"microsoft-ds", 445, svc_tcp},
    {"submissions", 465, svc_tcp},
    {"syslog", 514, svc_udp},
    {"printer", 515, svc_tcp},
    {"submission", 587, svc_tcp},
    {"ldaps", 636, svc_tcp | svc_udp},
    {"rsync", 873, svc_tcp},
    {"ftps", 990, svc_tcp},
    {"imaps", 993, svc_tcp},
    {"pop3s", 995, svc_tcp},
    {"socks", 1080, svc_tcp},
    {"openvpn", 1194, svc_tcp | svc_udp},
    {"mysql", 3306, svc_tcp},
    {"postgresql", 5432, svc_tcp},
    {"postgres", 5432, svc_tcp},
    {"amqp", 5672, svc_tcp},
    {"x11", 6000, svc_tcp},
    {"redis", 6379, svc_tcp},
    {"ircd", 6667, svc_tcp},
    {"http-alt", 8080, svc_tcp},
    {"webcache", 8080, svc_tcp},
    {"mongodb", 27017, svc_tcp},
};

}  // namespace

const service* service_by_name(const char* name, unsigned protos) noexcept {
    for (const service& s : kServices)
        if ((s.protos & protos) && strcmp(s.name, name) == 0) return &s;
    return nullptr;
}

const service* service_by_port(unsigned port, unsigned protos) noexcept {
    for (const service& s : kServices)
        if ((s.protos & protos) && s.port == port) return &s;
    return nullptr;
}

unsigned service_protos(const char* proto, bool* ok) noexcept {
    *ok = true;
    if (proto == nullptr) return svc_tcp | svc_udp;
    if (strcmp(proto, "tcp") == 0) return svc_tcp;
    if (strcmp(proto, "udp") == 0) return svc_udp;
    *ok = false;
    return 0;
}

struct servent* service_entry(const service* svc, unsigned protos) noexcept {
    struct servent_buf {
        struct servent s;
        char* aliases[1];
        char name[32];
        char proto[4];
    };
    static thread_local servent_buf b;
    if (!svc) return nullptr;
    memset(&b, 0, sizeof b);
    strncpy(b.name, svc->name, sizeof b.name - 1);
    strcpy(b.proto, (svc->protos & protos & svc_tcp) ? "tcp" : "udp");
    b.s.s_name = b.name;
    b.s.s_aliases = b.aliases;
    b.s.s_port = htons(svc->port);
    b.s.s_proto = b.proto;
    return &b.s;
}

}  // namespace wasix_libc
