// getpwnam_r.cpp - getpwnam_r(): the user database (__support/userdb.hpp).
#include <pwd.h>

#include "__support/userdb.hpp"

extern "C" int getpwnam_r(const char* name, struct passwd* pw, char* buf, size_t len, struct passwd** result) {
    return wasix_libc::passwd_lookup(name, 0, pw, buf, len, result);
}
