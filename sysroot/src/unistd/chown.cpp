// chown.cpp - chown(): the file must exist (stat's errors), then the
// change must be one an unprivileged owner may make (__support/chown_check.hpp).
#include <sys/stat.h>
#include <unistd.h>

#include "__support/chown_check.hpp"

extern "C" int chown(const char* path, uid_t uid, gid_t gid) {
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    return wasix_libc::chown_check(uid, gid);
}
