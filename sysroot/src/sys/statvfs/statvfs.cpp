// statvfs.cpp - statvfs(): neither WASI nor WASIX has a call for file-system
// statistics: ENOSYS (statvfs and fstatvfs exist so that code using them
// links, notably libc++'s std::filesystem::space).
#include <errno.h>
#include <sys/statvfs.h>

#include "__support/errno_map.hpp"

extern "C" int statvfs(const char* __restrict, struct statvfs* __restrict) {
    return wasix_libc::fail_posix(ENOSYS);
}
