// mknod_check.cpp - mknod_check.hpp.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/mknod_check.hpp"

namespace wasix_libc {

int mknod_at(int dirfd, const char* path, mode_t mode, dev_t) noexcept {
    const mode_t type = mode & S_IFMT;
    if (type != 0 && type != S_IFREG && type != S_IFCHR && type != S_IFBLK && type != S_IFIFO && type != S_IFSOCK)
        return fail_posix(EINVAL);
    if (type == 0 || type == S_IFREG) {
        const int fd = openat(dirfd, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 07777);
        if (fd < 0) return -1;
        close(fd);
        return 0;
    }
    struct stat st;
    if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0) return fail_posix(EEXIST);
    if (errno != ENOENT) return -1;
    // The parent must exist: creating a file there must be possible.
    const int fd = openat(dirfd, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    close(fd);
    (void)unlinkat(dirfd, path, 0);
    return fail_posix(EPERM);
}

}  // namespace wasix_libc
