// lchown.cpp - lchown(): chown of the link itself (lstat's errors first,
// __support/chown_check.hpp).
#include <sys/stat.h>
#include <unistd.h>

#include "__support/chown_check.hpp"

extern "C" int lchown(const char* path, uid_t uid, gid_t gid) {
    struct stat st;
    if (lstat(path, &st) != 0) return -1;
    return wasix_libc::chown_check(uid, gid);
}
