// getgrgid.cpp - getgrgid(): a static entry of the group database (__support/userdb.hpp).
#include <grp.h>

#include "__support/userdb.hpp"

extern "C" struct group* getgrgid(gid_t gid) { return wasix_libc::group_static(nullptr, gid); }
