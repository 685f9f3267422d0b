// identity.hpp - the one user of a WASIX process.
//
// The runtime has no users: the layer answers with one fixed, unprivileged
// identity (uid and gid 1000, the first id of a regular user on Linux), so
// programs that refuse to run as root, or that compare owners, work. What an
// unprivileged Linux user may not do (change ids, chown to others, chroot,
// set the host name) fails with EPERM.
#pragma once

#include <sys/types.h>

namespace wasix_libc {

constexpr uid_t kUid = 1000;
constexpr gid_t kGid = 1000;

// setuid & co: the own id is accepted, any other is EPERM (EINVAL for -1,
// which Linux rejects first). Returns 0 or -1 with errno.
int set_own_id(unsigned id, unsigned own) noexcept;

}  // namespace wasix_libc
