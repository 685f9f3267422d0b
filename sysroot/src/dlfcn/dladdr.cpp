// dladdr.cpp - dladdr(): a statically linked module has no shared objects to
// name: 0 with info cleared.
#include <dlfcn.h>
#include <string.h>

extern "C" int dladdr(const void*, Dl_info* info) {
    memset(info, 0, sizeof *info);
    return 0;
}
