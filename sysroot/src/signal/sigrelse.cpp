// sigrelse.cpp - sigrelse(): remove sig from the mask (delivering it if
// pending).
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sigrelse(int sig) {
    const int err = wasix_signal::mask_one(SIG_UNBLOCK, sig);
    return err ? wasix_libc::fail_posix(err) : 0;
}
