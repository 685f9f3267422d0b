// lseek(2) over fd_seek; ESPIPE for pipes and sockets (seekable.hpp), and
// for any descriptor without the seek right. Replaces wasi-libc's lseek.o
// (which defines __lseek, used by stdio, and lseek as its weak alias).
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

static_assert(sizeof(struct iovec) == sizeof(wasix::iovec_t), "iovec layout");

extern "C" off_t __lseek(int fd, off_t offset, int whence) {
    if (known_unseekable(fd)) return fail_posix(ESPIPE);
    auto r = wasix::fd_seek(wasix::fd_t{fd}, static_cast<wasix::filedelta_t>(offset),
                            static_cast<wasix::whence_t>(whence));
    if (!r) return fail_posix(r.error() == wasix::errno_t::notcapable ? ESPIPE : posix_errno(r.error()));
    return static_cast<off_t>(*r);
}

extern "C" __typeof(__lseek) lseek __attribute__((weak, alias("__lseek")));
