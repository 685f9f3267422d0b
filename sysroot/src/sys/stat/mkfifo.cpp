// mkfifo.cpp - mkfifo(): the runtime cannot make FIFOs; Linux answers EPERM
// on a file system without them. The path's errors come first (EEXIST,
// ENOENT), as on Linux (__support/mknod_check.hpp).
#include <sys/stat.h>

#include "__support/mknod_check.hpp"

extern "C" int mkfifo(const char* path, mode_t mode) { return wasix_libc::mknod_at(AT_FDCWD, path, S_IFIFO | (mode & 07777), 0); }
