// EFD_SEMAPHORE fix-up. In semaphore mode the bundled runtime decrements the
// counter by one per read, as it should, but reports the count it had before
// instead of 1 (observed: reads of a counter of 3 give 3, 2, 1, then EAGAIN).
// The libc marks semaphore eventfds in the descriptor table (fd_eventfd_sem)
// and reports 1.
#pragma once

#include <stddef.h>
#include <sys/types.h>

namespace wasix_libc {

// read() of a semaphore eventfd: 8 bytes holding 1, or -1 with errno.
ssize_t eventfd_sem_read(int fd, void* buf, size_t count);

}  // namespace wasix_libc
