// tcsetattr.cpp - passes ECHO and ICANON to the runtime (tty_set); keeps the
// rest for tcgetattr.
#include <errno.h>
#include <termios.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/termios_state.hpp"
#include "__support/wasix_libc_glue.h"

extern "C" int tcsetattr(int fd, int action, const struct termios* t) {
    if (action != TCSANOW && action != TCSADRAIN && action != TCSAFLUSH) return wasix_libc::fail_posix(EINVAL);
    if (!__wasix_is_tty(fd)) return -1;
    wasix::tty_t tty = {};
    const auto g = wasix::tty_get(&tty);
    if (!g) return wasix_libc::fail(g.error());
    tty.echo = (t->c_lflag & ECHO) ? wasix::bool_t::_true : wasix::bool_t::_false;
    tty.line_buffered = (t->c_lflag & ICANON) ? wasix::bool_t::_true : wasix::bool_t::_false;
    const auto s = wasix::tty_set(&tty);
    if (!s) return wasix_libc::fail(s.error());
    *__wasix_termios_state() = *t;
    return 0;
}
