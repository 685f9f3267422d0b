// openpty.cpp - openpty(): the runtime has no pseudo-terminal devices;
// ENOENT, as glibc gives without /dev/ptmx.
#include <errno.h>
#include <pty.h>

#include "__support/errno_map.hpp"

extern "C" int openpty(int*, int*, char*, const struct termios*, const struct winsize*) {
    return wasix_libc::fail_posix(ENOENT);
}
