// statvfs.cpp - statvfs(): neither WASI nor WASIX has a call for file-system
// statistics. A path that does not resolve fails as stat would (ENOENT,
// ENOTDIR, ...); an existing one is ENOSYS. statvfs and fstatvfs exist so
// that code using them links, notably libc++'s std::filesystem::space.
#include <errno.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "__support/errno_map.hpp"

extern "C" int statvfs(const char* __restrict path, struct statvfs* __restrict) {
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    return wasix_libc::fail_posix(ENOSYS);
}
