// tcflow.cpp - tcflow(): the runtime has no flow control; succeeds for a
// terminal.
#include <termios.h>
#include "__support/wasix_libc_glue.h"

extern "C" int tcflow(int fd, int) {
    return __wasix_is_tty(fd) ? 0 : -1;
}
