// getpwnam.cpp - getpwnam(): a static entry of the user database (__support/userdb.hpp).
#include <pwd.h>

#include "__support/userdb.hpp"

extern "C" struct passwd* getpwnam(const char* name) { return wasix_libc::passwd_static(name, 0); }
