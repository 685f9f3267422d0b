// sigdelset.cpp - sigdelset(): remove sig from the set.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigdelset(sigset_t* set, int sig) {
    if (!wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    wasix_signal::from_bits(wasix_signal::to_bits(set) & ~wasix_signal::bit(sig), set);
    return 0;
}
