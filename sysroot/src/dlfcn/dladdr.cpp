// dladdr.cpp - dladdr(): the runtime can name neither the module nor the
// symbol an address belongs to (a module's symbols are its exports, which a
// guest cannot list), so every address is treated as glibc treats one in no
// loaded object: 0 with info cleared.
#include <dlfcn.h>
#include <string.h>

extern "C" int dladdr(const void*, Dl_info* info) {
    memset(info, 0, sizeof *info);
    return 0;
}
