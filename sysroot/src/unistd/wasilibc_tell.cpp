// __wasilibc_tell: what wasi-libc's <unistd.h> turns lseek(fd, 0, SEEK_CUR)
// into (a macro, in C). Replaces wasi-libc's __wasilibc_tell.o so that it
// answers like unistd/lseek.cpp: ESPIPE for pipes and sockets.
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

using namespace wasix_libc;

extern "C" off_t __wasilibc_tell(int fd) {
    if (known_unseekable(fd)) return fail_posix(ESPIPE);
    auto r = wasix::fd_tell(wasix::fd_t{fd});
    if (!r) return fail_posix(r.error() == wasix::errno_t::notcapable ? ESPIPE : posix_errno(r.error()));
    return static_cast<off_t>(*r);
}
