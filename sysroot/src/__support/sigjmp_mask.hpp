// sigjmp_mask.hpp - the signal mask part of sigsetjmp/siglongjmp
// (sigjmp_mask.cpp): saved next to the stack snapshot, restored before the
// jump.
#pragma once

#include <setjmp.h>

extern "C" {
void __wasix_sigsetjmp_save(sigjmp_buf env, int savemask);
void __wasix_siglongjmp_restore(sigjmp_buf env);
}
