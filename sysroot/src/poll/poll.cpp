// poll(2).
#include <poll.h>

#include "__support/poll_impl.hpp"

extern "C" int poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) {
    return wasix_libc::poll_ns(fds, nfds, timeout_ms < 0 ? -1 : static_cast<long long>(timeout_ms) * 1000000);
}
