// pause.cpp - pause(): sigsuspend with the current mask.
#include <signal.h>
#include <unistd.h>

#include "__support/signal_impl.hpp"

extern "C" int pause(void) {
    sigset_t cur;
    __wasix_sigmask_change(SIG_BLOCK, nullptr, &cur);
    return sigsuspend(&cur);
}
