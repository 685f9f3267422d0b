// munmap.cpp - munmap(): writes back what a shared file mapping changed and
// frees the pages (__support/mappings.hpp).
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int munmap(void* addr, size_t len) { return wasix_libc::map_remove(addr, len); }
