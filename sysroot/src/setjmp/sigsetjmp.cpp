// sigsetjmp.cpp - sigsetjmp: setjmp that also saves the signal mask when
// savemask is non-zero (siglongjmp restores it). The checkpoint is taken
// here, not by calling setjmp, so that the rewind lands in this frame.
#include <setjmp.h>

#include <wasix/wasix.hpp>

#include "__support/sigjmp_mask.hpp"

extern "C" __attribute__((returns_twice)) int sigsetjmp(sigjmp_buf env, int savemask) {
    __wasix_sigsetjmp_save(env, savemask);
    auto* const snap = reinterpret_cast<wasix::stack_snapshot_t*>(env->__snapshot);
    const auto r = wasix::stack_checkpoint(snap);
    if (!r) return 0;
    return static_cast<int>(*r);
}
