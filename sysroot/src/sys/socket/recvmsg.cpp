// recvmsg(2). No ancillary data is ever received (msg_controllen becomes 0).
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockio.hpp"

extern "C" ssize_t recvmsg(int fd, struct msghdr* msg, int flags) {
    if (msg == nullptr) return wasix_libc::fail_posix(EFAULT);
    if (int err = wasix_libc::check_msg_iovlen(fd, msg->msg_iovlen)) return wasix_libc::fail_posix(err);
    struct sockaddr* from = static_cast<struct sockaddr*>(msg->msg_name);
    int out_flags = 0;
    ssize_t n = wasix_libc::recv_iov(fd, msg->msg_iov, msg->msg_iovlen, flags, from,
                                     from ? &msg->msg_namelen : nullptr, &out_flags);
    if (n < 0) return n;
    msg->msg_controllen = 0;
    msg->msg_flags = out_flags;
    return n;
}
