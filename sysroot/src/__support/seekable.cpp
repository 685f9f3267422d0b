// seekable.cpp - see seekable.hpp.
#include <errno.h>

#include "__support/errno_map.hpp"
#include "__support/seekable.hpp"

namespace wasix_libc {

int fail_positioned(int fd, wasix::errno_t e, wasix::rights_t needed) noexcept {
    if (e != wasix::errno_t::notcapable) return fail(e);
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return fail(st.error());
    return fail_posix(wasix::abi::has_any(st->fs_rights_base, needed) ? ESPIPE : EBADF);
}

}  // namespace wasix_libc
