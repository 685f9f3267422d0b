// fstatfs.cpp - fstatfs(): Linux's struct statfs from the layer's statvfs
// (__support/statfs_fill.hpp), whose errors it shares: the runtime has no
// file-system statistics call, so today that is ENOSYS.
#include <sys/statfs.h>

#include "__support/statfs_fill.hpp"

extern "C" int fstatfs(int fd, struct statfs* out) {
    struct statvfs v;
    if (fstatvfs(fd, &v) != 0) return -1;
    wasix_libc::statfs_fill(v, out);
    return 0;
}
