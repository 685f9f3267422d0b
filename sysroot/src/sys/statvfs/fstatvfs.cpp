// fstatvfs.cpp - fstatvfs(): EBADF for a descriptor that is not open,
// otherwise ENOSYS (see statvfs.cpp).
#include <errno.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "__support/errno_map.hpp"

extern "C" int fstatvfs(int fd, struct statvfs*) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    return wasix_libc::fail_posix(ENOSYS);
}
