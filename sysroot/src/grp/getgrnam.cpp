// getgrnam.cpp - getgrnam(): a static entry of the group database (__support/userdb.hpp).
#include <grp.h>

#include "__support/userdb.hpp"

extern "C" struct group* getgrnam(const char* name) { return wasix_libc::group_static(name, 0); }
