#include "eventfd_sem.hpp"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "errno_map.hpp"

namespace wasix_libc {
namespace {
// Compiler builtins rather than <atomic>: the libc is built before libc++.
unsigned char g_semaphore[eventfd_sem_max];
}  // namespace

void eventfd_sem_mark(int fd, bool on) {
    if (fd >= 0 && fd < eventfd_sem_max) __atomic_store_n(&g_semaphore[fd], on ? 1 : 0, __ATOMIC_RELAXED);
}

bool eventfd_sem_is(int fd) {
    return fd >= 0 && fd < eventfd_sem_max && __atomic_load_n(&g_semaphore[fd], __ATOMIC_RELAXED) != 0;
}

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
