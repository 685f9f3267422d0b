// fdatasync.cpp - fdatasync(): fd_datasync, with directories succeeding as
// on Linux (__support/sync_result.hpp). The runtime wants the datasync
// right, which a read-only descriptor lacks (QUIRKS.md, "fd_datasync on a
// read-only descriptor"); Linux syncs it, so fd_sync (which it allows) is
// used then. Replaces wasi-libc's fdatasync.o.
#include <unistd.h>

#include "__support/sync_result.hpp"

extern "C" int fdatasync(int fd) {
    auto r = wasix::fd_datasync(wasix::fd_t{fd});
    if (!r && (r.error() == wasix::errno_t::acces || r.error() == wasix::errno_t::notcapable))
        r = wasix::fd_sync(wasix::fd_t{fd});
    return wasix_libc::sync_result(fd, r);
}
