// raise.cpp - raise(): deliver to the calling process before returning
// (held pending if blocked). The null signal only asks whether the caller
// exists: it always does.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int raise(int sig) {
    if (sig == 0) return 0;
    if (!wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    __wasix_signal_dispatch(sig);
    return 0;
}
