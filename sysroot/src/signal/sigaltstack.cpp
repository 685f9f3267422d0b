// sigaltstack.cpp - sigaltstack(): handlers run on the stack of the
// interrupted code (wasm has no way to switch a handler onto another
// stack), so the alternate stack is only recorded: checked as Linux checks
// it, kept per thread and reported back, never used (so never SS_ONSTACK).
#include <errno.h>
#include <signal.h>

#include "__support/errno_map.hpp"

namespace {

thread_local stack_t alt_stack = {nullptr, SS_DISABLE, 0};

}  // namespace

extern "C" int sigaltstack(const stack_t* ss, stack_t* old) {
    const stack_t was = alt_stack;
    if (ss) {
        const int disarm = static_cast<int>(static_cast<unsigned>(ss->ss_flags) & SS_AUTODISARM);
        const int mode = ss->ss_flags & ~disarm;
        if (mode != 0 && mode != SS_DISABLE && mode != SS_ONSTACK) return wasix_libc::fail_posix(EINVAL);
        if (mode == SS_DISABLE) {
            alt_stack = {nullptr, SS_DISABLE, 0};
        } else {
            if (ss->ss_size < MINSIGSTKSZ) return wasix_libc::fail_posix(ENOMEM);
            alt_stack = {ss->ss_sp, disarm, ss->ss_size};
        }
    }
    if (old) *old = was;
    return 0;
}
