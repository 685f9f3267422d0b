// chroot.cpp - chroot(): EPERM for an existing directory, as for an
// unprivileged Linux user; the path's own errors (ENOENT, ENOTDIR) first.
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int chroot(const char* path) {
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    if (!S_ISDIR(st.st_mode)) return wasix_libc::fail_posix(ENOTDIR);
    return wasix_libc::fail_posix(EPERM);
}
