// dup.cpp - dup() over fd_dup (the lowest free number is the runtime's choice).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "cloexec.hpp"
#include "../internal/eventfd_sem.hpp"

extern "C" int dup(int fd) {
    const auto r = wasix::fd_dup(wasix::fd_t{fd});
    if (!r) {
        errno = static_cast<int>(r.error());
        return -1;
    }
    const int nfd = static_cast<int>(*r);
    __wasix_fd_set_cloexec(nfd, 0);
    wasix_libc::eventfd_sem_mark(nfd, wasix_libc::eventfd_sem_is(fd));
    return nfd;
}
