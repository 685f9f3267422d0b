// posix_madvise.cpp - posix_madvise(): returns the error instead of setting
// errno; POSIX_MADV_DONTNEED is only advice (glibc ignores it too).
#include <errno.h>
#include <sys/mman.h>

#include "__support/mappings.hpp"

extern "C" int posix_madvise(void* addr, size_t len, int advice) {
    if (advice == POSIX_MADV_DONTNEED) advice = MADV_NORMAL;
    if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED) return EINVAL;
    return wasix_libc::map_advise(addr, len, advice);
}
