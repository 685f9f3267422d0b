// userdb.hpp - lookups in the user and group databases (pwd/, grp/).
//
// The database is the guest's /etc/passwd (/etc/group) when it has one, else
// a built-in one: root (0) and the process's own user "user" (1000, see
// identity.hpp), each with a group of the same name and id.
#pragma once

#include <grp.h>
#include <pwd.h>
#include <stddef.h>

namespace wasix_libc {

// The reentrant forms: 0 with *result set (nullptr: no such entry), or an
// errno value (ERANGE: buf too small).
int passwd_lookup(const char* name, uid_t uid, struct passwd* pw, char* buf, size_t len, struct passwd** result) noexcept;
int group_lookup(const char* name, gid_t gid, struct group* gr, char* buf, size_t len, struct group** result) noexcept;

// The non-reentrant forms: a static entry, or nullptr with errno (0 when
// there is no such entry).
struct passwd* passwd_static(const char* name, uid_t uid) noexcept;
struct group* group_static(const char* name, gid_t gid) noexcept;

}  // namespace wasix_libc
