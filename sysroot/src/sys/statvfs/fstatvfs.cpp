// fstatvfs.cpp - fstatvfs(): ENOSYS (see statvfs.cpp).
#include <errno.h>
#include <sys/statvfs.h>

#include "__support/errno_map.hpp"

extern "C" int fstatvfs(int, struct statvfs*) {
    return wasix_libc::fail_posix(ENOSYS);
}
