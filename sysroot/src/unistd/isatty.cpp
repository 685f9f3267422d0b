// isatty.cpp - isatty() and the internal __wasix_is_tty. Replaces
// wasi-libc's isatty.o (which also defines __isatty, used by stdio to pick
// line buffering).
//
// A descriptor is a terminal when it is a character device whose rights do
// not allow seeking and that the layer did not make as a pipe or socket.
// For 0..2 the runtime cannot tell (QUIRKS.md, "terminals"): its tty_get
// says "terminal" for all three even when wasix-run's own streams are pipes
// or files. wasix-run passes WASIX_RUN_TTY, one digit per stream (stdin,
// stdout, stderr: 1 = terminal), which decides; without it, tty_get does.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

namespace {

// 1 or 0 from WASIX_RUN_TTY for fd 0..2, -1 when it does not say.
int runner_says(int fd) {
    const char* mask = getenv("WASIX_RUN_TTY");
    if (!mask || strlen(mask) != 3) return -1;
    const char c = mask[fd];
    return c == '1' ? 1 : c == '0' ? 0 : -1;
}

bool std_stream_is_tty(int fd) {
    const int said = runner_says(fd);
    if (said >= 0) return said == 1;
    wasix::tty_t tty = {};
    if (!wasix::tty_get(&tty)) return true;
    const wasix::bool_t is = fd == 0 ? tty.stdin_tty : fd == 1 ? tty.stdout_tty : tty.stderr_tty;
    return is == wasix::bool_t::_true;
}

}  // namespace

extern "C" int __wasix_is_tty(int fd) {
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return wasix_libc::fail(st.error()), 0;
    using wasix::rights_t;
    const bool device = st->fs_filetype == wasix::filetype_t::character_device &&
                        !wasix::abi::has_any(st->fs_rights_base, rights_t::fd_seek | rights_t::fd_tell) &&
                        !wasix_libc::fd_has(fd, wasix_libc::fd_pipe | wasix_libc::fd_socket);
    if (!device || (fd <= 2 && !std_stream_is_tty(fd))) return wasix_libc::fail_posix(ENOTTY), 0;
    return 1;
}

extern "C" int isatty(int fd) {
    return __wasix_is_tty(fd);
}

extern "C" int __isatty(int fd) __attribute__((alias("isatty")));
