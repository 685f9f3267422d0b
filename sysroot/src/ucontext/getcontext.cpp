// getcontext.cpp - getcontext(): names the running context, with the signal
// mask, for a later swapcontext/setcontext to come back to.
#include <ucontext.h>

#include "__support/context.hpp"

extern "C" int getcontext(ucontext_t* uc) {
    uc->uc_flags = 0;
    wasix_libc::context::save_running(uc);
    return 0;
}
