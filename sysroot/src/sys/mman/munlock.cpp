// munlock.cpp - munlock(): the counterpart of mlock.cpp.
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int munlock(const void* addr, size_t len) { return wasix_libc::map_resident(addr, len); }
