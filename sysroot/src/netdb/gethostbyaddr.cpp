// gethostbyaddr(3) over getnameinfo (see there for what names are known).
#include <errno.h>
#include <netdb.h>
#include <string.h>

#include "__support/hostent.hpp"

extern "C" struct hostent* gethostbyaddr(const void* addr, socklen_t len, int af) {
    union {
        struct sockaddr_in in;
        struct sockaddr_in6 in6;
    } sa;
    memset(&sa, 0, sizeof sa);
    socklen_t salen;
    if (addr == nullptr) {
        h_errno = HOST_NOT_FOUND;
        return nullptr;
    }
    if (af == AF_INET && len == 4) {
        sa.in.sin_family = AF_INET;
        memcpy(&sa.in.sin_addr, addr, 4);
        salen = sizeof sa.in;
    } else if (af == AF_INET6 && len == 16) {
        sa.in6.sin6_family = AF_INET6;
        memcpy(&sa.in6.sin6_addr, addr, 16);
        salen = sizeof sa.in6;
    } else {
        errno = EINVAL;
        h_errno = NO_RECOVERY;
        return nullptr;
    }
    wasix_libc::hostent_buf* b = wasix_libc::thread_hostent();
    memset(b, 0, sizeof *b);
    int err = getnameinfo(reinterpret_cast<struct sockaddr*>(&sa), salen, b->name, sizeof b->name, nullptr, 0,
                          NI_NAMEREQD);
    if (err != 0) {
        h_errno = HOST_NOT_FOUND;
        return nullptr;
    }
    memcpy(b->addrs[0], addr, len);
    b->addr_ptrs[0] = reinterpret_cast<char*>(b->addrs[0]);
    b->addr_ptrs[1] = nullptr;
    b->aliases[0] = nullptr;
    b->h.h_name = b->name;
    b->h.h_aliases = b->aliases;
    b->h.h_addrtype = af;
    b->h.h_length = static_cast<int>(len);
    b->h.h_addr_list = b->addr_ptrs;
    h_errno = 0;
    return &b->h;
}
