// sighold.cpp - sighold(): add sig to the mask.
#include <signal.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"

extern "C" int sighold(int sig) {
    const int err = wasix_signal::mask_one(SIG_BLOCK, sig);
    return err ? wasix_libc::fail_posix(err) : 0;
}
