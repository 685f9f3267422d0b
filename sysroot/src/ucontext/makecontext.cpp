// makecontext.cpp - makecontext(): a new runtime context that will call
// func(args...) on uc_stack, then go on to uc_link (or end the process).
#include <errno.h>
#include <stdarg.h>
#include <ucontext.h>

#include "__support/context.hpp"

extern "C" void makecontext(ucontext_t* uc, void (*func)(void), int argc, ...) {
    wasix_libc::context::release(uc);
    mcontext_t& m = uc->uc_mcontext;
    m = {};
    // makecontext has no way to fail: a context it could not make refuses
    // the switch to it with the reason.
    if (argc < 0 || argc > __WASIX_MAKECONTEXT_MAX_ARGS || func == nullptr ||
        uc->uc_stack.ss_sp == nullptr || uc->uc_stack.ss_size < 1024) {
        m.__error = EINVAL;
        return;
    }
    m.__func = func;
    m.__argc = argc;
    va_list ap;
    va_start(ap, argc);
    for (int i = 0; i < argc; ++i) m.__args[i] = va_arg(ap, int);
    va_end(ap);
    m.__error = wasix_libc::context::make(uc);
}
