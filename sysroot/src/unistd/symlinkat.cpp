// symlinkat.cpp - __wasilibc_nocwd_symlinkat, where wasi-libc's symlink()
// and symlinkat() arrive once the link's path is relative to a directory
// descriptor (replaces wasi-libc's symlinkat.o; symlink and symlinkat
// themselves share objects with open, stat, ... and stay wasi-libc's).
//
// The runtime makes a link with an empty target (which then resolves to
// its own directory: QUIRKS.md, "symlink with an empty target") and traps
// when the link's directory is a regular file ("symlink below a file"), so
// both are checked first, as is an existing link path.
#include <errno.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/path_checks.hpp"
#include "__support/ro_mounts.hpp"

namespace {

// 0 when the runtime may create the link, otherwise the errno Linux answers.
int check(const char* target, int fd, const char* path) {
    using namespace wasix_libc;
    if (!*target || !*path) return ENOENT;
    const path_kind existing = path_lookup(fd, path);
    if (existing.err == 0) return EEXIST;
    if (existing.err != ENOENT) return existing.err;
    if (path_has_trailing_slash(path)) return ENOENT;  // a link cannot be a directory
    return path_parent_is_dir(fd, path);
}

}  // namespace

extern "C" int __wasilibc_nocwd_symlinkat(const char* target, int fd, const char* path) {
    if (wasix_libc::on_ro_mount(fd, path)) return wasix_libc::fail_posix(EROFS);
    if (const int err = check(target, fd, path)) return wasix_libc::fail_posix(err);
    const auto r = wasix::path_symlink(target, wasix::fd_t{fd}, path);
    if (!r) return wasix_libc::fail(r.error());
    return 0;
}
