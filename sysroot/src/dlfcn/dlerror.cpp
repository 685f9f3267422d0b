// dlerror.cpp - dlerror(): the message of the last failure, once.
#include <dlfcn.h>

#include "__support/dl_error.hpp"

extern "C" char* dlerror(void) {
    return wasix_libc::dl_take_error();
}
