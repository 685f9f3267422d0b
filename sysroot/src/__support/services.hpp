// services.hpp - the built-in /etc/services-style table of common services.
#pragma once

namespace wasix_libc {

enum : unsigned { svc_tcp = 1, svc_udp = 2 };

struct service {
    const char* name;
    unsigned short port;  // host order
    unsigned protos;      // svc_tcp | svc_udp
};

// The entry called name (or one of its aliases) offered over any of protos,
// or nullptr.
const service* service_by_name(const char* name, unsigned protos) noexcept;
// The entry for port (host order) offered over any of protos, or nullptr.
const service* service_by_port(unsigned port, unsigned protos) noexcept;

// The svc_* bits for a getservby* protocol argument ("tcp", "udp" or null
// for both); *ok is false for any other protocol.
unsigned service_protos(const char* proto, bool* ok) noexcept;
// svc as the struct servent getservby* return (a per-thread buffer), or
// nullptr when svc is.
struct servent* service_entry(const service* svc, unsigned protos) noexcept;

}  // namespace wasix_libc
