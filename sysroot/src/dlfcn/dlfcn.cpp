// dlfcn.cpp - dlopen & co. The bundled Wasmer runtime does not provide the
// WASIX dl_open/dl_load_symbol/dl_close imports: a module that merely
// imports them fails to instantiate. So these functions do not call the
// runtime at all; dlopen fails with a message saying so, and never crashes.
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

namespace {

thread_local char message[256];
thread_local bool pending;

void set_error(const char* what, const char* name) {
    snprintf(message, sizeof message, "%s%s%s: dynamic loading is not supported by this WASIX runtime "
             "(WASIX SDK programs are statically linked)", what, name ? " " : "", name ? name : "");
    pending = true;
}

}  // namespace

extern "C" void* dlopen(const char* file, int) {
    set_error("dlopen", file);
    return nullptr;
}

extern "C" void* dlsym(void*, const char* name) {
    set_error("dlsym", name);
    return nullptr;
}

extern "C" int dlclose(void*) {
    set_error("dlclose", nullptr);
    return -1;
}

extern "C" char* dlerror(void) {
    if (!pending) return nullptr;
    pending = false;
    return message;
}

extern "C" int dladdr(const void*, Dl_info* info) {
    memset(info, 0, sizeof *info);
    return 0;
}
