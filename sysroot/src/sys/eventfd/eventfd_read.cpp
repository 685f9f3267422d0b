// eventfd_read(3).
#include <sys/eventfd.h>
#include <unistd.h>

extern "C" int eventfd_read(int fd, eventfd_t* value) {
    return read(fd, value, sizeof *value) == static_cast<ssize_t>(sizeof *value) ? 0 : -1;
}
