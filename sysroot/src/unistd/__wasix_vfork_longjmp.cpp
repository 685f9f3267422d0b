// __wasix_vfork_longjmp.cpp - the jump back to vfork's setjmp for code whose
// setjmp is the asyncify-based one (-fno-wasix-sjlj). A file of its own:
// it refers to longjmp, which makes a module need asyncify.
#include <setjmp.h>

extern "C" void __wasix_vfork_longjmp(void* buf, int value) {
    longjmp(static_cast<struct __jmp_buf_tag*>(buf), value);
}
