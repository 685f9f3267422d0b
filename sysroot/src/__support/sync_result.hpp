// sync_result.hpp - the result of fsync/fdatasync as Linux gives it.
//
// The runtime refuses to sync a directory (EISDIR, QUIRKS.md "fd_sync on a
// directory"); Linux syncs it and returns 0, which programs rely on to make
// a rename durable (Redis, SQLite). Other failures are passed on.
#pragma once

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"

namespace wasix_libc {

inline int sync_result(int fd, const wasix::result<void>& r) noexcept {
    if (r) return 0;
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (st && st->fs_filetype == wasix::filetype_t::directory) return 0;
    return fail(r.error());
}

}  // namespace wasix_libc
