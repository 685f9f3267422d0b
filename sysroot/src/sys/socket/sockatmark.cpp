// sockatmark(3): WASIX has no out-of-band data, so never at the mark.
#include <sys/socket.h>

#include "__support/errno_map.hpp"
#include "__support/sockinfo.hpp"

extern "C" int sockatmark(int fd) {
    if (int err = wasix_libc::check_socket(fd)) return wasix_libc::fail_posix(err);
    return 0;
}
