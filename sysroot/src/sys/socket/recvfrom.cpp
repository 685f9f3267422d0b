// recvfrom(2).
#include <sys/socket.h>
#include <sys/uio.h>

#include "__support/sockio.hpp"

extern "C" ssize_t recvfrom(int fd, void* __restrict buf, size_t len, int flags, struct sockaddr* __restrict from,
                            socklen_t* __restrict fromlen) {
    struct iovec iov = {buf, len};
    return wasix_libc::recv_iov(fd, &iov, 1, flags, from, fromlen, nullptr);
}
