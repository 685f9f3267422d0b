// getservbyport(3) over the built-in service table (services.hpp).
#include <arpa/inet.h>
#include <netdb.h>

#include "__support/services.hpp"

extern "C" struct servent* getservbyport(int port, const char* proto) {
    bool ok;
    const unsigned p = wasix_libc::service_protos(proto, &ok);
    if (!ok) return nullptr;
    return wasix_libc::service_entry(wasix_libc::service_by_port(ntohs(static_cast<uint16_t>(port)), p), p);
}
