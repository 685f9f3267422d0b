// ro_mounts.hpp - EROFS for a change under a read-only mount (QUIRKS.md,
// "read-only mounts say EPERM"). wasi-libc's path calls get it through the
// --wrap wrappers in ro_mounts.cpp; the library's own path calls ask
// on_ro_mount before they change anything.
#pragma once

namespace wasix_libc {

// Whether (fd, path) - a preopened directory and a path relative to it -
// lies under a read-only mount.
bool on_ro_mount(int fd, const char* path) noexcept;

}  // namespace wasix_libc
