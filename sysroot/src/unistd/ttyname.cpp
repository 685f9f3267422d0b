// ttyname(3): ttyname_r into a static buffer.
#include <errno.h>
#include <unistd.h>

extern "C" char* ttyname(int fd) {
    static char buf[32];
    const int err = ttyname_r(fd, buf, sizeof buf);
    if (err) {
        errno = err;
        return nullptr;
    }
    return buf;
}
