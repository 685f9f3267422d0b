// getgrnam_r.cpp - getgrnam_r(): the group database (__support/userdb.hpp).
#include <grp.h>

#include "__support/userdb.hpp"

extern "C" int getgrnam_r(const char* name, struct group* gr, char* buf, size_t len, struct group** result) {
    return wasix_libc::group_lookup(name, 0, gr, buf, len, result);
}
