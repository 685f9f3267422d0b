// pipe_read.cpp - see pipe_read.hpp.
#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/pipe_read.hpp"

namespace wasix_libc {
namespace {

// The part of iov that is left after skipping `done` bytes, written into
// out (at most 64 entries at a time; the rest is read by a later round).
int remaining(const struct iovec* iov, int iovcnt, size_t done, wasix::iovec_t* out, int max) noexcept {
    int n = 0;
    for (int i = 0; i < iovcnt && n < max; ++i) {
        if (done >= iov[i].iov_len) {
            done -= iov[i].iov_len;
            continue;
        }
        out[n].buf = static_cast<uint8_t*>(iov[i].iov_base) + done;
        out[n].buf_len = iov[i].iov_len - done;
        done = 0;
        ++n;
    }
    return n;
}

}  // namespace

long pipe_readv(int fd, const struct iovec* iov, int iovcnt) noexcept {
    constexpr int kMax = 64;
    wasix::iovec_t part[kMax];
    int n = remaining(iov, iovcnt, 0, part, kMax);
    const auto first = wasix::fd_read(wasix::fd_t{fd}, {part, static_cast<size_t>(n)});
    if (!first) return fail(first.error() == wasix::errno_t::notcapable ? wasix::errno_t::badf : first.error());
    size_t done = *first;
    if (done == 0) return 0;  // end of file
    n = remaining(iov, iovcnt, done, part, kMax);
    if (n == 0) return static_cast<long>(done);

    // Read on without blocking: the descriptor is made non-blocking for the
    // rest of the call unless it already is.
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return static_cast<long>(done);
    const bool was_blocking = !wasix::abi::has_any(st->fs_flags, wasix::fdflags_t::nonblock);
    if (was_blocking &&
        !wasix::fd_fdstat_set_flags(wasix::fd_t{fd}, st->fs_flags | wasix::fdflags_t::nonblock))
        return static_cast<long>(done);
    while (n > 0) {
        const auto more = wasix::fd_read(wasix::fd_t{fd}, {part, static_cast<size_t>(n)});
        if (!more || *more == 0) break;  // empty (EAGAIN), or the writers are gone
        done += *more;
        n = remaining(iov, iovcnt, done, part, kMax);
    }
    if (was_blocking) (void)wasix::fd_fdstat_set_flags(wasix::fd_t{fd}, st->fs_flags);
    return static_cast<long>(done);
}

}  // namespace wasix_libc
