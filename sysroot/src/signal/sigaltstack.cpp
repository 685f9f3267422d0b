// sigaltstack.cpp - sigaltstack(): handlers run on the stack of the
// interrupted code; there is no alternate stack to switch to, so a new one
// is checked and otherwise ignored, and the old one is always "disabled".
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"

extern "C" int sigaltstack(const stack_t* ss, stack_t* old) {
    if (old) {
        old->ss_sp = nullptr;
        old->ss_size = 0;
        old->ss_flags = SS_DISABLE;
    }
    if (ss && !(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ) return wasix_libc::fail_posix(ENOMEM);
    return 0;
}
