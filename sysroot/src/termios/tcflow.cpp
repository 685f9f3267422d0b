// tcflow.cpp - tcflow(): the runtime has no flow control; succeeds for a
// terminal.
#include <termios.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" int tcflow(int fd, int) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
