// isatty.cpp - isatty() and the internal __wasix_is_tty. Replaces
// wasi-libc's isatty.o (which also defines __isatty, used by stdio to pick
// line buffering).
//
// A descriptor is a terminal when it is a character device whose rights do
// not allow seeking, and, for 0..2, when tty_get says so (the runtime knows
// whether its own stdin/stdout/stderr are terminals).
#include <errno.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

extern "C" int __wasix_is_tty(int fd) {
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) {
        errno = wasix_libc::posix_errno(st.error());
        return 0;
    }
    using wasix::rights_t;
    if (st->fs_filetype != wasix::filetype_t::character_device ||
        wasix::abi::has_any(st->fs_rights_base, rights_t::fd_seek | rights_t::fd_tell)) {
        errno = ENOTTY;
        return 0;
    }
    if (fd <= 2) {
        wasix::tty_t tty = {};
        if (wasix::tty_get(&tty)) {
            const wasix::bool_t is = fd == 0 ? tty.stdin_tty : fd == 1 ? tty.stdout_tty : tty.stderr_tty;
            if (is != wasix::bool_t::_true) {
                errno = ENOTTY;
                return 0;
            }
        }
    }
    return 1;
}

extern "C" int isatty(int fd) {
    return __wasix_is_tty(fd);
}

extern "C" int __isatty(int fd) __attribute__((alias("isatty")));
