// close.cpp - close(): fd_close, and forget the descriptor's close-on-exec
// mark so that a later descriptor with the same number does not inherit it.
// Replaces wasi-libc's close.o (same behaviour otherwise).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "cloexec.hpp"
#include "../internal/eventfd_sem.hpp"

extern "C" int close(int fd) {
    const auto r = wasix::fd_close(wasix::fd_t{fd});
    if (!r) {
        errno = static_cast<int>(r.error());
        return -1;
    }
    __wasix_fd_set_cloexec(fd, 0);
    wasix_libc::eventfd_sem_mark(fd, false);
    return 0;
}
