// shm_path.hpp - where POSIX shared memory objects live (shm_open,
// shm_unlink).
//
// Linux keeps them as files in /dev/shm; the runtime has no /dev/shm, so
// they are files in /tmp (the guest's in-memory file system) named
// ".shm-<name>", visible to the processes of one runtime instance. mmap of
// one works like any file mapping (__support/mappings.hpp).
#pragma once

#include <stddef.h>

namespace wasix_libc {

// glibc's name rules: leading slashes are skipped; an empty name, one with
// another slash or one of NAME_MAX bytes or more is EINVAL. 0 with the path
// in out, or an errno value.
int shm_path(const char* name, char* out, size_t size) noexcept;

}  // namespace wasix_libc
