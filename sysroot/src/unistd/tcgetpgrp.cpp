// tcgetpgrp.cpp - tcgetpgrp(): the foreground group of the terminal fd, i.e.
// the process's own (every process leads its own group, getpgid.cpp).
#include <unistd.h>
#include "__support/wasix_libc_glue.h"

extern "C" pid_t tcgetpgrp(int fd) {
    return __wasix_is_tty(fd) ? getpid() : -1;
}
