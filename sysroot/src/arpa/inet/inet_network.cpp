// inet_network(3): like inet_addr, in host byte order.
#include <arpa/inet.h>

extern "C" in_addr_t inet_network(const char* s) {
    struct in_addr a;
    if (!inet_aton(s, &a)) return INADDR_NONE;
    return ntohl(a.s_addr);
}
