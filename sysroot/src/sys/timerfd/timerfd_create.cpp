// timerfd_create.cpp - timerfd_create(): a runtime eventfd that the libc's
// timer service adds each expiry to (__support/timers.hpp), so read(), poll,
// select and epoll work on it as on any eventfd. The service writes through
// a private duplicate of its own (non-blocking, for draining on settime),
// which stays valid until the program has closed every descriptor of the
// timer; then the timer goes away with it.
#include <errno.h>
#include <sys/timerfd.h>
#include <time.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"
#include "__support/timers.hpp"

namespace {

void released(uint32_t open_file) {
    const int id = wasix_timers::find_fd(open_file);
    if (id >= 0) (void)wasix_timers::destroy(id);
}

}  // namespace

extern "C" int timerfd_create(clockid_t clock, int flags) {
    const int index = wasix_timers::clock_index(clock);
    if (index < 0 || (flags & ~(TFD_NONBLOCK | TFD_CLOEXEC))) return wasix_libc::fail_posix(EINVAL);
    const auto fd = wasix::fd_event(0, wasix::eventfdflags_t{});
    if (!fd) return wasix_libc::fail(fd.error());
    const auto own = wasix::fd_dup(*fd);
    if (!own) {
        (void)wasix::fd_close(*fd);
        return wasix_libc::fail(own.error());
    }
    (void)wasix::fd_fdstat_set_flags(*own, wasix::fdflags_t::nonblock);
    if (flags & TFD_NONBLOCK) (void)wasix::fd_fdstat_set_flags(*fd, wasix::fdflags_t::nonblock);
    wasix_libc::fd_opened(static_cast<int>(*fd),
                          wasix_libc::fd_timerfd | ((flags & TFD_CLOEXEC) ? wasix_libc::fd_cloexec : 0u));
    // Not close-on-exec: an exec that fails would leave the timer writing to
    // a closed number (a successful one merely inherits an idle eventfd).
    wasix_libc::fd_opened(static_cast<int>(*own), 0);
    wasix_timers::notify how = {};
    how.how = wasix_timers::kind_fd;
    how.fd = static_cast<int>(*own);
    how.open_file = wasix_libc::fd_open_file(static_cast<int>(*fd));
    wasix_libc::fd_on_open_file_released(released);
    int id = 0;
    const int err = how.open_file ? wasix_timers::create(index, how, &id) : ENOMEM;
    if (err) {
        wasix_libc::fd_closed(static_cast<int>(*own));
        (void)wasix::fd_close(*own);
        (void)wasix::fd_close(*fd);
        wasix_libc::fd_closed(static_cast<int>(*fd));
        return wasix_libc::fail_posix(err);
    }
    return static_cast<int>(*fd);
}
