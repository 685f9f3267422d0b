// dup(2) over fd_dup (the lowest free number is the runtime's choice). The
// new descriptor is not close-on-exec.
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int dup(int fd) {
    const auto r = wasix::fd_dup(wasix::fd_t{fd});
    if (!r) return wasix_libc::fail(r.error());
    const int nfd = static_cast<int>(*r);
    wasix_libc::fd_duplicated(fd, nfd, false);
    return nfd;
}
