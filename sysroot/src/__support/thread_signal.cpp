// thread_signal.cpp - send a signal to another thread of this process.
#include <errno.h>
#include <signal.h>

#include <wasix/wasix.hpp>

#include "__support/signal_impl.hpp"
#include "__support/errno_map.hpp"

extern "C" int __wasix_thread_signal(int tid, int sig) {
    if (sig == 0) return 0;
    if (sig >= 32) return EINVAL;
    const auto r = wasix::thread_signal(wasix::tid_t{tid}, static_cast<wasix::signal_t>(sig));
    return r ? 0 : wasix_libc::posix_errno(r.error());
}
