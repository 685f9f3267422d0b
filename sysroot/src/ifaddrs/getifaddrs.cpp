// getifaddrs.cpp - getifaddrs(): the runtime lists no interfaces (see
// net/if/if_nameindex.cpp); the host's network is reached through it, and
// the one address the guest can name is the loopback: one entry, "lo",
// 127.0.0.1/8, up and running.
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "__support/errno_map.hpp"

// Linux's interface flag values (the SDK's <net/if.h> has the name calls
// only).
#ifndef IFF_UP
#define IFF_UP 0x1
#define IFF_LOOPBACK 0x8
#define IFF_RUNNING 0x40
#endif

namespace {

struct loopback {
    struct ifaddrs ifa;
    struct sockaddr_in addr;
    struct sockaddr_in mask;
    char name[4];
};

}  // namespace

extern "C" int getifaddrs(struct ifaddrs** out) {
    auto* l = static_cast<loopback*>(calloc(1, sizeof(loopback)));
    if (!l) return wasix_libc::fail_posix(ENOMEM);
    memcpy(l->name, "lo", 3);
    l->addr.sin_family = AF_INET;
    l->addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    l->mask.sin_family = AF_INET;
    l->mask.sin_addr.s_addr = htonl(0xff000000u);
    l->ifa.ifa_name = l->name;
    l->ifa.ifa_flags = IFF_UP | IFF_LOOPBACK | IFF_RUNNING;
    l->ifa.ifa_addr = reinterpret_cast<struct sockaddr*>(&l->addr);
    l->ifa.ifa_netmask = reinterpret_cast<struct sockaddr*>(&l->mask);
    *out = &l->ifa;
    return 0;
}
