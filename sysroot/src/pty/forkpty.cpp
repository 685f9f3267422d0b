// forkpty.cpp - forkpty(): fails like openpty (ENOENT), before any fork.
#include <errno.h>
#include <pty.h>

#include "__support/errno_map.hpp"

extern "C" pid_t forkpty(int*, char*, const struct termios*, const struct winsize*) {
    return wasix_libc::fail_posix(ENOENT);
}
