// tcgetsid.cpp - tcgetsid(): the session of the terminal fd, i.e. the
// process's own (every process leads its own session, unistd/getpgid.cpp).
#include <termios.h>
#include <unistd.h>
#include "__support/wasix_libc_glue.h"

extern "C" pid_t tcgetsid(int fd) {
    return __wasix_is_tty(fd) ? getpid() : -1;
}
