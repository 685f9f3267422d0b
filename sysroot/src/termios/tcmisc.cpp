// tcmisc.cpp - terminal operations the runtime has nothing for: they check
// that fd is a terminal and succeed (output is never held back).
#include <errno.h>
#include <termios.h>
#include <unistd.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" int tcdrain(int fd) { return __wasix_is_tty(fd) ? 0 : -1; }
extern "C" int tcflush(int fd, int) { return __wasix_is_tty(fd) ? 0 : -1; }
extern "C" int tcflow(int fd, int) { return __wasix_is_tty(fd) ? 0 : -1; }
extern "C" int tcsendbreak(int fd, int) { return __wasix_is_tty(fd) ? 0 : -1; }
extern "C" pid_t tcgetsid(int fd) { return __wasix_is_tty(fd) ? getpid() : -1; }
extern "C" pid_t tcgetpgrp(int fd) { return __wasix_is_tty(fd) ? getpid() : -1; }

extern "C" int tcsetpgrp(int fd, pid_t pgrp) {
    if (!__wasix_is_tty(fd)) return -1;
    if (pgrp != getpid()) {
        errno = EPERM;
        return -1;
    }
    return 0;
}
