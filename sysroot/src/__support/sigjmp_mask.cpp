// sigjmp_mask.cpp - saving and restoring the signal mask for sigsetjmp and
// siglongjmp; used directly by the exception-based forms (see <setjmp.h>).
#include <setjmp.h>
#include <signal.h>
#include <string.h>

#include "__support/sigjmp_mask.hpp"

extern "C" void __wasix_sigsetjmp_save(sigjmp_buf env, int savemask) {
    env->__mask_saved = 0;
    if (!savemask) return;
    sigset_t cur;
    if (sigprocmask(SIG_BLOCK, nullptr, &cur) != 0) return;
    static_assert(sizeof cur == sizeof env->__mask, "mask size");
    memcpy(env->__mask, &cur, sizeof cur);
    env->__mask_saved = 1;
}

extern "C" void __wasix_siglongjmp_restore(sigjmp_buf env) {
    if (!env->__mask_saved) return;
    sigset_t set;
    memcpy(&set, env->__mask, sizeof set);
    sigprocmask(SIG_SETMASK, &set, nullptr);
}
