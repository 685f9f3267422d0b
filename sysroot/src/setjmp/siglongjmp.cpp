// siglongjmp.cpp - restore the mask saved by sigsetjmp, then longjmp.
#include <setjmp.h>

#include "__support/sigjmp_mask.hpp"

extern "C" void siglongjmp(sigjmp_buf env, int val) {
    __wasix_siglongjmp_restore(env);
    longjmp(env, val);
}
