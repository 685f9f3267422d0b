// tcsendbreak.cpp - tcsendbreak(): there is no serial line to send a break
// on; succeeds for a terminal.
#include <termios.h>
#include "__support/wasix_libc_glue.h"

extern "C" int tcsendbreak(int fd, int) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
