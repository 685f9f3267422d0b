// Interface names: WASIX exposes no interface list to a guest, so the only
// interface known here is the loopback, "lo", index 1.
#include <errno.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>

extern "C" unsigned int if_nametoindex(const char* name) {
    if (name && strcmp(name, "lo") == 0) return 1;
    errno = ENODEV;
    return 0;
}

extern "C" char* if_indextoname(unsigned int index, char* name) {
    if (index != 1 || name == nullptr) {
        errno = ENXIO;
        return nullptr;
    }
    memcpy(name, "lo", 3);
    return name;
}

extern "C" struct if_nameindex* if_nameindex(void) {
    struct if_nameindex* list = static_cast<struct if_nameindex*>(calloc(2, sizeof *list + 3));
    if (!list) {
        errno = ENOBUFS;
        return nullptr;
    }
    char* name = reinterpret_cast<char*>(list + 2);
    memcpy(name, "lo", 3);
    list[0].if_index = 1;
    list[0].if_name = name;
    return list;
}

extern "C" void if_freenameindex(struct if_nameindex* list) { free(list); }
