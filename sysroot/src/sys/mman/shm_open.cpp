// shm_open.cpp - shm_open(): opens the file of the object
// (__support/shm_path.hpp) with O_NOFOLLOW and O_CLOEXEC, as glibc does.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/mman.h>

#include "__support/errno_map.hpp"
#include "__support/shm_path.hpp"

extern "C" int shm_open(const char* name, int oflag, mode_t mode) {
    char path[PATH_MAX];
    if (const int e = wasix_libc::shm_path(name, path, sizeof path)) return wasix_libc::fail_posix(e);
    return open(path, oflag | O_NOFOLLOW | O_CLOEXEC, mode);
}
