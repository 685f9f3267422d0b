// _Exit.cpp - _Exit(): proc_exit, or, in a vfork child, proc_exit2 and back
// to the parent's vfork (__support/vfork.hpp). Replaces wasi-libc's _Exit.o.
#include <stdlib.h>

#include <wasix/wasix.hpp>

#include "__support/vfork.hpp"

extern "C" _Noreturn void _Exit(int status) {
    if (wasix_libc::vfork_in_child()) {
        wasix::proc_exit2(static_cast<wasix::exitcode_t>(status));
        wasix_libc::vfork_resume_parent();
    }
    wasix::proc_exit(static_cast<wasix::exitcode_t>(status));
    __builtin_unreachable();
}
