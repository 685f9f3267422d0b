// gethostbyname2(3) over getaddrinfo. The result lives in a per-thread buffer.
#include <errno.h>
#include <netdb.h>
#include <string.h>

#include "__support/hostent.hpp"

extern "C" struct hostent* gethostbyname2(const char* name, int af) {
    if (af != AF_INET && af != AF_INET6) {
        errno = EAFNOSUPPORT;
        h_errno = NO_RECOVERY;
        return nullptr;
    }
    if (name == nullptr) {
        h_errno = HOST_NOT_FOUND;
        return nullptr;
    }
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = af;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_CANONNAME;
    struct addrinfo* res = nullptr;
    int err = getaddrinfo(name, nullptr, &hints, &res);
    if (err != 0) {
        h_errno = err == EAI_AGAIN ? TRY_AGAIN : err == EAI_FAIL ? NO_RECOVERY
                : err == EAI_ADDRFAMILY ? NO_DATA : HOST_NOT_FOUND;
        return nullptr;
    }
    wasix_libc::hostent_buf* b = wasix_libc::thread_hostent();
    memset(b, 0, sizeof *b);
    const char* canon = res->ai_canonname ? res->ai_canonname : name;
    strncpy(b->name, canon, NI_MAXHOST);
    int n = 0;
    const int len = af == AF_INET ? 4 : 16;
    for (struct addrinfo* ai = res; ai && n < wasix_libc::kHostentMaxAddrs; ai = ai->ai_next) {
        if (ai->ai_family != af) continue;
        if (af == AF_INET)
            memcpy(b->addrs[n], &reinterpret_cast<struct sockaddr_in*>(ai->ai_addr)->sin_addr, 4);
        else
            memcpy(b->addrs[n], &reinterpret_cast<struct sockaddr_in6*>(ai->ai_addr)->sin6_addr, 16);
        b->addr_ptrs[n] = reinterpret_cast<char*>(b->addrs[n]);
        ++n;
    }
    freeaddrinfo(res);
    b->addr_ptrs[n] = nullptr;
    b->aliases[0] = nullptr;
    b->h.h_name = b->name;
    b->h.h_aliases = b->aliases;
    b->h.h_addrtype = af;
    b->h.h_length = len;
    b->h.h_addr_list = b->addr_ptrs;
    h_errno = 0;
    return &b->h;
}
