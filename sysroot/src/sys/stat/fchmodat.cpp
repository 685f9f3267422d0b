// fchmodat.cpp - fchmodat(): succeeds when the file exists and ignores the
// mode (see chmod.cpp); AT_SYMLINK_NOFOLLOW is the only flag.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "__support/errno_map.hpp"

extern "C" int fchmodat(int fd, const char* path, mode_t, int flag) {
    if (flag & ~AT_SYMLINK_NOFOLLOW) return wasix_libc::fail_posix(EINVAL);
    struct stat st;
    return fstatat(fd, path, &st, flag);
}
