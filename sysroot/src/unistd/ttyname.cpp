// ttyname.cpp - ttyname_r/ttyname: WASIX terminals have no device path
// other than the standard streams', reported as /dev/tty.
#include <errno.h>
#include <string.h>
#include <unistd.h>

extern "C" int __wasix_is_tty(int fd);

extern "C" int ttyname_r(int fd, char* buf, size_t size) {
    if (!__wasix_is_tty(fd)) return errno;
    static const char name[] = "/dev/tty";
    if (size < sizeof name) return ERANGE;
    memcpy(buf, name, sizeof name);
    return 0;
}

extern "C" char* ttyname(int fd) {
    static char buf[32];
    const int err = ttyname_r(fd, buf, sizeof buf);
    if (err) {
        errno = err;
        return nullptr;
    }
    return buf;
}
