// ttyname_r(3): WASIX terminals have no device path other than the
// standard streams', reported as /dev/tty.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "__support/wasix_libc_glue.h"

extern "C" int ttyname_r(int fd, char* buf, size_t size) {
    if (!__wasix_is_tty(fd)) return errno;
    static const char name[] = "/dev/tty";
    if (size < sizeof name) return ERANGE;
    memcpy(buf, name, sizeof name);
    return 0;
}
