// madvise.cpp - madvise(): advice is checked; MADV_DONTNEED zeroes private
// anonymous pages as on Linux (__support/mappings.hpp).
#include <errno.h>
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int madvise(void* addr, size_t len, int advice) {
    const int e = wasix_libc::map_advise(addr, len, advice);
    if (e == 0) return 0;
    errno = e;
    return -1;
}
