// dlsym.cpp - dlsym(): no handle can exist (dlopen always fails), so no
// symbol is found.
#include <dlfcn.h>

#include "__support/dl_error.hpp"

extern "C" void* dlsym(void*, const char* name) {
    wasix_libc::dl_set_error("dlsym", name);
    return nullptr;
}
