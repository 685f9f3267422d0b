// mprotect.cpp - mprotect(): checked and recorded; WebAssembly memory has no
// page protection to apply it to (__support/mappings.hpp).
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int mprotect(void* addr, size_t len, int prot) { return wasix_libc::map_protect(addr, len, prot); }
