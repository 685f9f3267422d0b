// chown_check.hpp - the ownership change an unprivileged user may make.
//
// Every file belongs to the process's one user (identity.hpp). Linux lets
// an unprivileged owner "change" to its own uid and to a group it is in;
// anything else is EPERM. -1 keeps a value.
#pragma once

#include <errno.h>
#include <sys/types.h>

#include "__support/errno_map.hpp"
#include "__support/identity.hpp"

namespace wasix_libc {

inline int chown_check(uid_t uid, gid_t gid) noexcept {
    if (uid != static_cast<uid_t>(-1) && uid != kUid) return fail_posix(EPERM);
    if (gid != static_cast<gid_t>(-1) && gid != kGid) return fail_posix(EPERM);
    return 0;
}

}  // namespace wasix_libc
