// getpwuid.cpp - getpwuid(): a static entry of the user database (__support/userdb.hpp).
#include <pwd.h>

#include "__support/userdb.hpp"

extern "C" struct passwd* getpwuid(uid_t uid) { return wasix_libc::passwd_static(nullptr, uid); }
