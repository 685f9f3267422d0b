// recv(2).
#include <sys/socket.h>
#include <sys/uio.h>

#include "__support/sockio.hpp"

extern "C" ssize_t recv(int fd, void* buf, size_t len, int flags) {
    struct iovec iov = {buf, len};
    return wasix_libc::recv_iov(fd, &iov, 1, flags, nullptr, nullptr, nullptr);
}
