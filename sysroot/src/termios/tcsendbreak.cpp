// tcsendbreak.cpp - tcsendbreak(): there is no serial line to send a break
// on; succeeds for a terminal.
#include <termios.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" int tcsendbreak(int fd, int) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
