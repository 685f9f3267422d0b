// mremap.cpp - mremap(): shrinks in place, grows by moving with
// MREMAP_MAYMOVE (__support/mappings.hpp).
#include <stdarg.h>
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" void* mremap(void* addr, size_t old_len, size_t new_len, int flags, ...) {
    return wasix_libc::map_resize(addr, old_len, new_len, flags);
}
