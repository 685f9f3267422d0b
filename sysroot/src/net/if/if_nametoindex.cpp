// if_nametoindex(3). WASIX exposes no interface list to a guest, so the only
// interface known is the loopback, "lo", index 1. musl's if_* functions ask
// the kernel (SIOCGIFINDEX/SIOCGIFNAME on a socket it closes with a raw
// syscall, netlink for if_nameindex): on WASIX the ioctl fails, the close
// is not done and netlink does not exist, so these three are the SDK's own.
#include <errno.h>
#include <net/if.h>
#include <string.h>

extern "C" unsigned int if_nametoindex(const char* name) {
    if (name && strcmp(name, "lo") == 0) return 1;
    errno = ENODEV;
    return 0;
}
