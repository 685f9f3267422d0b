// tcgetattr.cpp - the runtime's echo and line-buffering switches as
// ECHO and ICANON; the other flags as last set.
#include <errno.h>
#include <termios.h>

#include <wasix/wasix.hpp>

#include "__support/termios_state.hpp"
#include "__support/wasix_libc_glue.h"

extern "C" int tcgetattr(int fd, struct termios* t) {
    if (!__wasix_is_tty(fd)) return -1;
    *t = *__wasix_termios_state();
    wasix::tty_t tty = {};
    if (wasix::tty_get(&tty)) {
        t->c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON);
        if (tty.echo == wasix::bool_t::_true) t->c_lflag |= ECHO;
        if (tty.line_buffered == wasix::bool_t::_true) t->c_lflag |= ICANON;
    }
    return 0;
}
