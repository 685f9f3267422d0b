// fd_dup.hpp - duplication onto a chosen number, shared by dup2, dup3 and
// fcntl(F_DUPFD*).
#pragma once

namespace wasix_libc {

// Make newfd refer to what oldfd refers to (closing what newfd referred
// to), with close-on-exec as given. Returns newfd, or -1 with errno.
int dup_onto(int oldfd, int newfd, bool cloexec) noexcept;

}  // namespace wasix_libc
