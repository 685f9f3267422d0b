// getgrgid_r.cpp - getgrgid_r(): the group database (__support/userdb.hpp).
#include <grp.h>

#include "__support/userdb.hpp"

extern "C" int getgrgid_r(gid_t gid, struct group* gr, char* buf, size_t len, struct group** result) {
    return wasix_libc::group_lookup(nullptr, gid, gr, buf, len, result);
}
