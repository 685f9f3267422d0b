// epoll_create1(2) over the WASIX epoll_create. EPOLL_CLOEXEC needs nothing.
#include <errno.h>
#include <sys/epoll.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/timer_warmup.hpp"

extern "C" int epoll_create1(int flags) {
    if (flags & ~EPOLL_CLOEXEC) return wasix_libc::fail_posix(EINVAL);
    wasix_libc::ensure_timers();
    auto r = wasix::epoll_create();
    if (!r) return wasix_libc::fail(r.error());
    wasix_libc::fd_opened(static_cast<int>(*r), (flags & EPOLL_CLOEXEC) ? wasix_libc::fd_cloexec : 0u);
    return static_cast<int>(*r);
}
