// dup3(2): dup2 with O_CLOEXEC; the same number twice is EINVAL.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/fd_dup.hpp"

extern "C" int dup3(int oldfd, int newfd, int flags) {
    if (oldfd == newfd || (flags & ~O_CLOEXEC)) return wasix_libc::fail_posix(EINVAL);
    return wasix_libc::dup_onto(oldfd, newfd, (flags & O_CLOEXEC) != 0);
}
