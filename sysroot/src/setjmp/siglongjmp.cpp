// siglongjmp.cpp - restore the mask saved by sigsetjmp, then longjmp.
#include <setjmp.h>

extern "C" void __wasix_siglongjmp_restore(sigjmp_buf env);

extern "C" void siglongjmp(sigjmp_buf env, int val) {
    __wasix_siglongjmp_restore(env);
    longjmp(env, val);
}
