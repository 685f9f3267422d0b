// fchown.cpp - fchown(): a valid descriptor (fstat's errors), then
// __support/chown_check.hpp.
#include <sys/stat.h>
#include <unistd.h>

#include "__support/chown_check.hpp"

extern "C" int fchown(int fd, uid_t uid, gid_t gid) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    return wasix_libc::chown_check(uid, gid);
}
