// pread(2) over fd_pread; ESPIPE for pipes and sockets (seekable.hpp).
// Replaces wasi-libc's pread.o.
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t pread(int fd, void* buf, size_t count, off_t offset) {
    struct iovec iov = {buf, count};
    return preadv(fd, &iov, 1, offset);
}
