// eventfd_write(3).
#include <sys/eventfd.h>
#include <unistd.h>

extern "C" int eventfd_write(int fd, eventfd_t value) {
    return write(fd, &value, sizeof value) == static_cast<ssize_t>(sizeof value) ? 0 : -1;
}
