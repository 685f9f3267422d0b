// ioctl.cpp - ioctl(): FIONREAD, FIONBIO (as wasi-libc's did) and the
// terminal size TIOCGWINSZ/TIOCSWINSZ over tty_get/tty_set; any other
// request is ENOTTY. Replaces wasi-libc's ioctl.o.
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/wasix_libc_glue.h"

namespace {

using wasix_libc::fail;

int bytes_readable(int fd, int* out) {
    wasix::subscription_t subs[2] = {};
    subs[0].u = wasix::subscription_u_t::make_fd_read({wasix::fd_t{fd}});
    wasix::subscription_clock_t now = {};
    now.id = wasix::clockid_t::monotonic;
    // The bundled runtime ignores a zero timeout once sockets are involved
    // and would block until data arrives; 1 µs is the shortest it honours.
    now.timeout = 1000;
    subs[1].u = wasix::subscription_u_t::make_clock(now);
    wasix::event_t events[2] = {};
    const auto n = wasix::poll_oneoff(subs, events, 2);
    if (!n) return fail(n.error());
    for (wasix::size_t i = 0; i < *n; ++i) {
        if (events[i].type != wasix::eventtype_t::fd_read) continue;
        if (events[i].error != wasix::errno_t::success) return fail(events[i].error);
        *out = static_cast<int>(events[i].fd_readwrite.nbytes);
        return 0;
    }
    *out = 0;
    return 0;
}

}  // namespace

extern "C" int ioctl(int fd, int request, ...) {
    va_list ap;
    va_start(ap, request);
    void* const arg = va_arg(ap, void*);
    va_end(ap);

    switch (request) {
    case FIONREAD:
        return bytes_readable(fd, static_cast<int*>(arg));
    case FIONBIO: {
        const int flags = fcntl(fd, F_GETFL);
        if (flags < 0) return -1;
        const int on = *static_cast<const int*>(arg) != 0;
        return fcntl(fd, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK));
    }
    case TIOCGWINSZ:
    case TIOCSWINSZ: {
        if (!__wasix_is_tty(fd)) return -1;  // errno set (ENOTTY/EBADF)
        wasix::tty_t tty = {};
        const auto g = wasix::tty_get(&tty);
        if (!g) return fail(g.error());
        auto* ws = static_cast<struct winsize*>(arg);
        if (request == TIOCGWINSZ) {
            ws->ws_row = static_cast<unsigned short>(tty.rows);
            ws->ws_col = static_cast<unsigned short>(tty.cols);
            ws->ws_xpixel = static_cast<unsigned short>(tty.width);
            ws->ws_ypixel = static_cast<unsigned short>(tty.height);
            return 0;
        }
        tty.rows = ws->ws_row;
        tty.cols = ws->ws_col;
        tty.width = ws->ws_xpixel;
        tty.height = ws->ws_ypixel;
        const auto s = wasix::tty_set(&tty);
        if (!s) return fail(s.error());
        return 0;
    }
    default: {
        // A request no device here knows: Linux says ENOTTY ("inappropriate
        // ioctl for device"), after EBADF for a descriptor that is not open.
        const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
        if (!st) return fail(st.error());
        errno = ENOTTY;
        return -1;
    }
    }
}
