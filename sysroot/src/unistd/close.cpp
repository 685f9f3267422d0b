// close(2) over fd_close. The descriptor's record in the table is forgotten
// so that a later descriptor with the same number starts clean. Replaces
// wasi-libc's close.o.
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int close(int fd) {
    const auto r = wasix::fd_close(wasix::fd_t{fd});
    if (!r) return wasix_libc::fail(r.error());
    wasix_libc::fd_closed(fd);
    return 0;
}
