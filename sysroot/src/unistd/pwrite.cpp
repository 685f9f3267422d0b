// pwrite(2) over fd_pwrite; ESPIPE for pipes and sockets (seekable.hpp).
// Replaces wasi-libc's pwrite.o.
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
    struct iovec iov = {const_cast<void*>(buf), count};
    return pwritev(fd, &iov, 1, offset);
}
