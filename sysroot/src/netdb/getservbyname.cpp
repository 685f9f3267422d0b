// getservbyname(3) over the built-in service table (services.hpp).
#include <netdb.h>

#include "__support/services.hpp"

extern "C" struct servent* getservbyname(const char* name, const char* proto) {
    bool ok;
    const unsigned p = wasix_libc::service_protos(proto, &ok);
    if (!ok || name == nullptr) return nullptr;
    return wasix_libc::service_entry(wasix_libc::service_by_name(name, p), p);
}
