// path_checks.hpp - lookups rename and symlink make before asking the
// runtime, whose file systems do not check what Linux checks (QUIRKS.md,
// "rename onto the wrong kind of file", "symlink with an empty target",
// "symlink below a file", "rename onto a symbolic link"). Paths are relative to the directory descriptor
// dirfd, as wasi-libc's *at entry points pass them.
#pragma once

#include <stdint.h>

namespace wasix_libc {

struct path_kind {
    int err;       // 0, or the POSIX errno of the lookup
    bool is_dir;   // a directory (a symbolic link is not followed)
    bool is_link;  // a symbolic link
    uint64_t size;
    uint64_t dev;
    uint64_t ino;
};

// What path names, without following a final symbolic link.
path_kind path_lookup(int dirfd, const char* path) noexcept;
// 0 when everything before the last name of path is a directory (or there
// is nothing before it); otherwise ENOTDIR, ENOENT or the lookup's errno.
int path_parent_is_dir(int dirfd, const char* path) noexcept;
// 0 when the directory path is empty; ENOTEMPTY, or the errno of reading it.
int path_dir_is_empty(int dirfd, const char* path) noexcept;
// Whether path ends in '/' after a name ("a/", not "/").
bool path_has_trailing_slash(const char* path) noexcept;

}  // namespace wasix_libc
