// sockatmark(3): WASIX has no out-of-band data, so never at the mark.
#include <errno.h>
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockinfo.hpp"

extern "C" int sockatmark(int fd) {
    // It is an ioctl on Linux: a descriptor that is no socket is ENOTTY.
    if (int err = wasix_libc::check_socket(fd)) return wasix_libc::fail_posix(err == ENOTSOCK ? ENOTTY : err);
    return 0;
}
