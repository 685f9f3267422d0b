// dlopen.cpp - dlopen(): fails with a dlerror() message (dl_error.hpp says
// why), never crashes.
#include <dlfcn.h>

#include "__support/dl_error.hpp"

extern "C" void* dlopen(const char* file, int) {
    wasix_libc::dl_set_error("dlopen", file);
    return nullptr;
}
