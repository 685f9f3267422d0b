// dup2.cpp - dup2(old, new): fd_dup, then fd_renumber onto new (which closes
// what new referred to).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "cloexec.hpp"
#include "../internal/eventfd_sem.hpp"

extern "C" int __wasix_dup_onto(int oldfd, int newfd, int cloexec) {
    if (newfd < 0) {
        errno = EBADF;
        return -1;
    }
    const auto tmp = wasix::fd_dup(wasix::fd_t{oldfd});
    if (!tmp) {
        errno = static_cast<int>(tmp.error());
        return -1;
    }
    if (static_cast<int>(*tmp) != newfd) {
        const auto r = wasix::fd_renumber(*tmp, wasix::fd_t{newfd});
        if (!r) {
            (void)wasix::fd_close(*tmp);
            errno = static_cast<int>(r.error());
            return -1;
        }
    }
    __wasix_fd_set_cloexec(newfd, cloexec);
    wasix_libc::eventfd_sem_mark(newfd, wasix_libc::eventfd_sem_is(oldfd));
    return newfd;
}

extern "C" int dup2(int oldfd, int newfd) {
    if (oldfd == newfd) {
        // Only check that oldfd is open.
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{oldfd});
        if (!st) {
            errno = static_cast<int>(st.error());
            return -1;
        }
        return newfd;
    }
    return __wasix_dup_onto(oldfd, newfd, 0);
}
