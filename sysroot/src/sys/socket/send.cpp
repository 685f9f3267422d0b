// send(2).
#include <sys/socket.h>
#include <sys/uio.h>

#include "__support/sockio.hpp"

extern "C" ssize_t send(int fd, const void* buf, size_t len, int flags) {
    struct iovec iov = {const_cast<void*>(buf), len};
    return wasix_libc::send_iov(fd, &iov, 1, flags, nullptr, 0);
}
