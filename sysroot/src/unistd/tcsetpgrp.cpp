// tcsetpgrp.cpp - tcsetpgrp(): only the process's own group can be in the
// foreground (see tcgetpgrp.cpp); another is refused with EPERM.
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/wasix_libc_glue.h"

extern "C" int tcsetpgrp(int fd, pid_t pgrp) {
    if (!__wasix_is_tty(fd)) return -1;
    if (pgrp != getpid()) return wasix_libc::fail_posix(EPERM);
    return 0;
}
