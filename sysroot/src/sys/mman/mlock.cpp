// mlock.cpp - mlock(): all of WebAssembly memory stays resident; a range
// beyond it is not mapped (ENOMEM).
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int mlock(const void* addr, size_t len) { return wasix_libc::map_resident(addr, len); }
