// tcdrain.cpp - tcdrain(): output is never held back, so there is nothing
// to wait for; succeeds for a terminal.
#include <termios.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" int tcdrain(int fd) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
