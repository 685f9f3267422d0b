#include "__support/eventfd_sem.hpp"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "__support/errno_map.hpp"

namespace wasix_libc {
ssize_t eventfd_sem_read(int fd, void* buf, size_t count) {
    if (count < sizeof(uint64_t)) return fail_posix(EINVAL);
    uint64_t value = 0;
    wasix::iovec_t in{reinterpret_cast<uint8_t*>(&value), sizeof value};
    auto r = wasix::fd_read(wasix::fd_t{fd}, {&in, 1});
    if (!r) return fail(r.error());
    if (*r != sizeof value) return fail_posix(EIO);
    const uint64_t one = 1;
    memcpy(buf, &one, sizeof one);
    return sizeof one;
}

}  // namespace wasix_libc
