// mmap.cpp - mmap() over the heap (__support/mappings.hpp): anonymous and
// file mappings, private and shared, without any emulation flag.
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" void* mmap(void* addr, size_t len, int prot, int flags, int fd, off_t off) {
    // Without MAP_FIXED the address is only a hint, which Linux may ignore.
    void* fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) ? addr : nullptr;
    return wasix_libc::map_create(fixed, len, prot, flags, fd, off);
}
