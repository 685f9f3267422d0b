// getcontext.cpp - getcontext(): names the running context, with the signal
// mask, for a later swapcontext/setcontext to come back to.
#include <signal.h>
#include <ucontext.h>

#include "__support/context.hpp"

extern "C" int getcontext(ucontext_t* uc) {
    uc->uc_flags = 0;
    uc->uc_mcontext = {};
    uc->uc_mcontext.__id = wasix_libc::context::current();
    uc->uc_mcontext.__state = wasix_libc::context::k_started;
    sigprocmask(SIG_BLOCK, nullptr, &uc->uc_sigmask);
    return 0;
}
