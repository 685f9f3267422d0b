// eventfd(2) over fd_event.
#include <errno.h>
#include <sys/eventfd.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int eventfd(unsigned int initval, int flags) {
    if (flags & ~(EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC)) return wasix_libc::fail_posix(EINVAL);
    const wasix::eventfdflags_t ef = (flags & EFD_SEMAPHORE) ? wasix::eventfdflags_t::Semaphore : wasix::eventfdflags_t{};
    auto r = wasix::fd_event(initval, ef);
    if (!r) return wasix_libc::fail(r.error());
    if (flags & EFD_NONBLOCK) {
        auto s = wasix::fd_fdstat_set_flags(*r, wasix::fdflags_t::nonblock);
        if (!s) {
            (void)wasix::fd_close(*r);
            return wasix_libc::fail(s.error());
        }
    }
    wasix_libc::fd_opened(static_cast<int>(*r), wasix_libc::fd_eventfd |
                                                    ((flags & EFD_SEMAPHORE) ? wasix_libc::fd_eventfd_sem : 0u) |
                                                    ((flags & EFD_CLOEXEC) ? wasix_libc::fd_cloexec : 0u));
    return static_cast<int>(*r);
}
