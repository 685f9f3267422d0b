// sendmsg(2). Ancillary data is not supported by WASIX and is ignored.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockio.hpp"

extern "C" ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) {
    if (msg == nullptr) return wasix_libc::fail_posix(EFAULT);
    if (int err = wasix_libc::check_msg_iovlen(fd, msg->msg_iovlen)) return wasix_libc::fail_posix(err);
    return wasix_libc::send_iov(fd, msg->msg_iov, msg->msg_iovlen, flags,
                                static_cast<const struct sockaddr*>(msg->msg_name), msg->msg_namelen);
}
