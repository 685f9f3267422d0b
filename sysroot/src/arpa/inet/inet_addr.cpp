// inet_addr(3).
#include <arpa/inet.h>

extern "C" in_addr_t inet_addr(const char* s) {
    struct in_addr a;
    if (!inet_aton(s, &a)) return INADDR_NONE;
    return a.s_addr;
}
