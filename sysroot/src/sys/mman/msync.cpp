// msync.cpp - msync(): writes back what shared file mappings in the range
// changed (__support/mappings.hpp).
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int msync(void* addr, size_t len, int flags) { return wasix_libc::map_sync(addr, len, flags); }
