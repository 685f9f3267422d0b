// getpwuid_r.cpp - getpwuid_r(): the user database (__support/userdb.hpp).
#include <pwd.h>

#include "__support/userdb.hpp"

extern "C" int getpwuid_r(uid_t uid, struct passwd* pw, char* buf, size_t len, struct passwd** result) {
    return wasix_libc::passwd_lookup(nullptr, uid, pw, buf, len, result);
}
