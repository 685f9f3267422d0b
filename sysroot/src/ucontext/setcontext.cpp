// setcontext.cpp - setcontext(): switches to `to` for good.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

#include "__support/context.hpp"
#include "__support/errno_map.hpp"

extern "C" int setcontext(const ucontext_t* to) {
    if (to == nullptr) return wasix_libc::fail_posix(EFAULT);
    if (wasix_libc::context::swap(nullptr, to) != 0) return -1;
    // Something switched back to a context that left with setcontext: on
    // Linux that resumes at the getcontext that saved it, which a runtime
    // context cannot do (it resumes here, where it switched away).
    fputs("setcontext: a context that left with setcontext was resumed (not supported under WASIX)\n", stderr);
    abort();
}
