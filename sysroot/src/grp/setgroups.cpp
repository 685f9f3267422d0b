// setgroups.cpp - setgroups(): EPERM, as for an unprivileged Linux user
// (__support/identity.hpp).
#include <errno.h>
#include <grp.h>

#include "__support/errno_map.hpp"

extern "C" int setgroups(size_t, const gid_t*) { return wasix_libc::fail_posix(EPERM); }
