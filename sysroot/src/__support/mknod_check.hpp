// mknod_check.hpp - mknod and mkfifo.
//
// A regular file (type 0 or S_IFREG) is created like open(O_CREAT|O_EXCL)
// would; device nodes need a privilege the user lacks (EPERM); FIFOs and
// sockets are node types the runtime's file systems cannot hold, which
// Linux reports as EPERM too. An unknown type is EINVAL; an existing path
// EEXIST and a missing parent ENOENT come first.
#pragma once

#include <fcntl.h>
#include <sys/types.h>

namespace wasix_libc {

int mknod_at(int dirfd, const char* path, mode_t mode, dev_t dev) noexcept;

}  // namespace wasix_libc
