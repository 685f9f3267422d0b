// sigismember.cpp - sigismember(): 1 if sig is in the set, else 0.
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigismember(const sigset_t* set, int sig) {
    if (!wasix_signal::valid(sig)) return wasix_libc::fail_posix(EINVAL);
    return (wasix_signal::to_bits(set) & wasix_signal::bit(sig)) != 0;
}
