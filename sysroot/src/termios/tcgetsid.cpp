// tcgetsid.cpp - tcgetsid(): the session of the terminal fd, i.e. the
// process's own (every process leads its own session, unistd/getpgid.cpp).
#include <termios.h>
#include <unistd.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" pid_t tcgetsid(int fd) {
    return __wasix_is_tty(fd) ? getpid() : -1;
}
