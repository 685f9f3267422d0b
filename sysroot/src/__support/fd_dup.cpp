// fd_dup.cpp - see fd_dup.hpp. fd_dup gives a new number, then fd_renumber
// copies it onto newfd (the runtime closes what newfd referred to). The
// runtime's fd_renumber leaves its source open (QUIRKS.md, "fd_renumber"),
// so the temporary number is closed afterwards.
#include <errno.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_dup.hpp"
#include "__support/fd_table.hpp"

namespace wasix_libc {

int dup_onto(int oldfd, int newfd, bool cloexec) noexcept {
    if (newfd < 0) return fail_posix(EBADF);
    const auto tmp = wasix::fd_dup(wasix::fd_t{oldfd});
    if (!tmp) return fail(tmp.error());
    if (static_cast<int>(*tmp) != newfd) {
        const auto r = wasix::fd_renumber(*tmp, wasix::fd_t{newfd});
        (void)wasix::fd_close(*tmp);
        fd_closed(static_cast<int>(*tmp));
        if (!r) return fail(r.error());
    }
    fd_duplicated(oldfd, newfd, cloexec);
    return newfd;
}

}  // namespace wasix_libc
