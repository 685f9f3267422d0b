// tcdrain.cpp - tcdrain(): output is never held back, so there is nothing
// to wait for; succeeds for a terminal.
#include <termios.h>
#include "__support/wasix_libc_glue.h"

extern "C" int tcdrain(int fd) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
