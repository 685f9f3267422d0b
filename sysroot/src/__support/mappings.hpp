// mappings.hpp - memory mappings over the heap (sys/mman/*).
//
// WebAssembly has one linear memory and no page protection, so a mapping is
// a page-aligned heap block the layer keeps a record of: anonymous ones are
// zeroed, file ones are read in at mmap. A MAP_SHARED file mapping keeps a
// copy of what it read and a descriptor of its own; msync and munmap write
// back the bytes the program changed (only those, so data written with
// write() meanwhile is not overwritten with stale bytes) up to the end of
// the file, as Linux never grows a file through a mapping. Linux's argument
// checks and errno values are kept. What cannot be had: protection (PROT_*
// is recorded, not enforced), sharing with other processes, and seeing
// write()s to the file in a mapping made before them.
#pragma once

#include <stddef.h>
#include <sys/types.h>

namespace wasix_libc {

// The mapping granule: sysconf(_SC_PAGESIZE).
size_t map_page_size() noexcept;

// mmap: returns the address or MAP_FAILED with
// errno set. `fixed` is the MAP_FIXED address (nullptr without MAP_FIXED).
void* map_create(void* fixed, size_t len, int prot, int flags, int fd, off_t off) noexcept;
// munmap: 0 or -1 with errno.
int map_remove(void* addr, size_t len) noexcept;
// msync: 0 or -1 with errno.
int map_sync(void* addr, size_t len, int flags) noexcept;
// mprotect: 0 or -1 with errno.
int map_protect(void* addr, size_t len, int prot) noexcept;
// madvise / posix_madvise (which returns the error instead): 0 or an errno
// value.
int map_advise(void* addr, size_t len, int advice) noexcept;
// mremap without MREMAP_FIXED/MREMAP_DONTUNMAP (EINVAL: the layer cannot
// place memory): the new address or MAP_FAILED with errno.
void* map_resize(void* addr, size_t old_len, size_t new_len, int flags) noexcept;
// Whether [addr, addr+len) is memory the program can touch: all of linear
// memory is (mprotect, msync and mlock on ordinary memory succeed on Linux
// too); beyond it is "not mapped" (ENOMEM).
bool map_in_memory(const void* addr, size_t len) noexcept;
// mlock/munlock: all of linear memory stays resident, so 0 for a range in
// it, else -1 ENOMEM.
int map_resident(const void* addr, size_t len) noexcept;

}  // namespace wasix_libc
