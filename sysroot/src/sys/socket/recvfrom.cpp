// recvfrom(2).
#include <errno.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "__support/errno_map.hpp"
#include "__support/sockio.hpp"

extern "C" ssize_t recvfrom(int fd, void* __restrict buf, size_t len, int flags, struct sockaddr* __restrict from,
                            socklen_t* __restrict fromlen) {
    struct iovec iov = {buf, len};
    if (from != nullptr && fromlen == nullptr) {
        // Linux finds the missing address length only when it writes the
        // source back, after the data was taken: the data is gone.
        if (wasix_libc::recv_iov(fd, &iov, 1, flags, nullptr, nullptr, nullptr) < 0) return -1;
        return wasix_libc::fail_posix(EFAULT);
    }
    return wasix_libc::recv_iov(fd, &iov, 1, flags, from, fromlen, nullptr);
}
