// select_impl.hpp - select() with a nanosecond timeout, over poll_ns.
#pragma once

#include <sys/select.h>

namespace wasix_libc {

// timeout_ns < 0 waits without limit. Returns the number of bits left set,
// or -1 with errno set (EBADF for a descriptor that is not open).
int select_ns(int nfds, fd_set* r, fd_set* w, fd_set* e, long long timeout_ns) noexcept;

}  // namespace wasix_libc
