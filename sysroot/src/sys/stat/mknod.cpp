// mknod.cpp - mknod() (__support/mknod_check.hpp).
#include <sys/stat.h>

#include "__support/mknod_check.hpp"

extern "C" int mknod(const char* path, mode_t mode, dev_t dev) { return wasix_libc::mknod_at(AT_FDCWD, path, mode, dev); }
