// dlclose.cpp - dlclose(): no handle can exist (dlopen always fails).
#include <dlfcn.h>

#include "__support/dl_error.hpp"

extern "C" int dlclose(void*) {
    wasix_libc::dl_set_error("dlclose", nullptr);
    return -1;
}
