// swapcontext.cpp - swapcontext(): saves the running context in `save` and
// switches to `to`; returns 0 when something switches back.
#include <errno.h>
#include <ucontext.h>

#include "__support/context.hpp"
#include "__support/errno_map.hpp"

extern "C" int swapcontext(ucontext_t* save, const ucontext_t* to) {
    if (save == nullptr || to == nullptr) return wasix_libc::fail_posix(EFAULT);
    return wasix_libc::context::swap(save, to);
}
