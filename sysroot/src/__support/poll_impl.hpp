// poll_impl.hpp - poll() with a nanosecond timeout, over poll_oneoff; the
// common core of poll, ppoll, select and pselect.
#pragma once

#include <poll.h>

namespace wasix_libc {

// timeout_ns < 0 waits without limit. Returns the number of entries with
// non-zero revents, or -1 with errno set.
int poll_ns(struct pollfd* fds, nfds_t nfds, long long timeout_ns) noexcept;

}  // namespace wasix_libc
