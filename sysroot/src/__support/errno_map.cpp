// WASIX errno_t -> POSIX errno.
//
// wasi-libc's <errno.h> gives every E* the value of the WASI code with the
// same meaning (0-76), so those codes map to themselves. WASIX adds four
// codes that have no E* of their own; they map to the POSIX error a program
// expects in the same situation:
//   77 shutdown     -> EPIPE   (send after shutdown(SHUT_WR), as POSIX says)
//   78 memviolation -> EFAULT  (a bad buffer address)
//   79 unknown      -> EIO
//   80 pending      -> EAGAIN  (the operation would have to wait)
// Anything else the runtime might return is reported as EIO.
#include <errno.h>

#include "__support/errno_map.hpp"

// The identity mapping below relies on wasi-libc's numbering.
static_assert(E2BIG == 1 && EAGAIN == 6 && EBADF == 8 && ECONNREFUSED == 14 && EINPROGRESS == 26 &&
                  EINVAL == 28 && ENOPROTOOPT == 50 && ENOTSOCK == 57 && ENOTSUP == 58 &&
                  ETIMEDOUT == 73 && ENOTCAPABLE == 76,
              "wasi-libc E* values must equal the WASI errno codes");

extern "C" int __wasix_errno_to_posix(int code) {
    if (code >= 0 && code <= static_cast<int>(wasix::errno_t::notcapable)) return code;
    switch (static_cast<wasix::errno_t>(code)) {
    case wasix::errno_t::shutdown: return EPIPE;
    case wasix::errno_t::memviolation: return EFAULT;
    case wasix::errno_t::unknown: return EIO;
    case wasix::errno_t::pending: return EAGAIN;
    default: return EIO;
    }
}

namespace wasix_libc {

int fail(wasix::errno_t e) noexcept {
    errno = __wasix_errno_to_posix(static_cast<int>(e));
    return -1;
}

int fail_posix(int posix_errno) noexcept {
    errno = posix_errno;
    return -1;
}

}  // namespace wasix_libc
