// mknodat.cpp - mknodat() (__support/mknod_check.hpp).
#include <sys/stat.h>

#include "__support/mknod_check.hpp"

extern "C" int mknodat(int dirfd, const char* path, mode_t mode, dev_t dev) {
    return wasix_libc::mknod_at(dirfd, path, mode, dev);
}
