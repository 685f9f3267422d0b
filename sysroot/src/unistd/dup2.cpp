// dup2(2). dup2(fd, fd) only checks that fd is open and leaves its
// close-on-exec flag alone, as on Linux.
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_dup.hpp"

extern "C" int dup2(int oldfd, int newfd) {
    if (oldfd == newfd) {
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{oldfd});
        if (!st) return wasix_libc::fail(st.error());
        return newfd;
    }
    return wasix_libc::dup_onto(oldfd, newfd, false);
}
