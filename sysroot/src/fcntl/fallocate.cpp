// fallocate.cpp - fallocate(): mode 0 reserves (and extends the file to)
// [offset, offset+len) with posix_fallocate (the runtime's fd_allocate);
// other modes are EOPNOTSUPP, which Linux gives on a file system without
// them. Arguments are checked in Linux's order.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "__support/errno_map.hpp"

extern "C" int fallocate(int fd, int mode, off_t offset, off_t len) {
    if (offset < 0 || len <= 0) return wasix_libc::fail_posix(EINVAL);
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    const int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || !(fl & O_WRONLY)) return wasix_libc::fail_posix(EBADF);
    if (S_ISFIFO(st.st_mode)) return wasix_libc::fail_posix(ESPIPE);
    if (S_ISDIR(st.st_mode)) return wasix_libc::fail_posix(EISDIR);
    if (!S_ISREG(st.st_mode)) return wasix_libc::fail_posix(ENODEV);
    if (mode != 0) return wasix_libc::fail_posix(EOPNOTSUPP);
    const int e = posix_fallocate(fd, offset, len);
    return e ? wasix_libc::fail_posix(e) : 0;
}
