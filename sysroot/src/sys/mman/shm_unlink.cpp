// shm_unlink.cpp - shm_unlink(): removes the file of the object
// (__support/shm_path.hpp); a bad name is ENOENT here, as in glibc.
#include <errno.h>
#include <limits.h>
#include <sys/mman.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/shm_path.hpp"

extern "C" int shm_unlink(const char* name) {
    char path[PATH_MAX];
    if (const int e = wasix_libc::shm_path(name, path, sizeof path))
        return wasix_libc::fail_posix(e == EINVAL ? ENOENT : e);
    return unlink(path);
}
