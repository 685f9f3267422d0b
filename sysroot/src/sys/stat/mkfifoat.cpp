// mkfifoat.cpp - mkfifoat(): mkfifo relative to a directory descriptor
// (__support/mknod_check.hpp).
#include <sys/stat.h>

#include "__support/mknod_check.hpp"

extern "C" int mkfifoat(int dirfd, const char* path, mode_t mode) {
    return wasix_libc::mknod_at(dirfd, path, S_IFIFO | (mode & 07777), 0);
}
