// fchownat.cpp - fchownat(): fstatat's errors and flags first, then
// __support/chown_check.hpp.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "__support/chown_check.hpp"

extern "C" int fchownat(int dirfd, const char* path, uid_t uid, gid_t gid, int flags) {
    struct stat st;
    if (fstatat(dirfd, path, &st, flags) != 0) return -1;
    return wasix_libc::chown_check(uid, gid);
}
