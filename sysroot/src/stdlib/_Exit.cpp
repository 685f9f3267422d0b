// _Exit.cpp - _Exit(): proc_exit, or, in a vfork child, proc_exit2 and back
// to the parent's vfork (__support/vfork.hpp). Replaces wasi-libc's _Exit.o.
#include <stdlib.h>

#include <wasix/wasix.hpp>

#include "__support/vfork.hpp"

// In __support/context.cpp, linked only with makecontext: a process must end
// from its thread's own context.
extern "C" __attribute__((weak)) void __wasix_context_exit(int status);
// In __support/run_signals.cpp, linked with the signal functions: tells
// wasix-run the status once it forwarded a signal.
extern "C" __attribute__((weak)) void __wasix_run_signals_exit(int status);

extern "C" _Noreturn void _Exit(int status) {
    if (__wasix_context_exit) __wasix_context_exit(status);
    if (__wasix_run_signals_exit && !wasix_libc::vfork_in_child()) __wasix_run_signals_exit(status);
    if (wasix_libc::vfork_in_child()) {
        wasix::proc_exit2(static_cast<wasix::exitcode_t>(status));
        wasix_libc::vfork_resume_parent();
    }
    wasix::proc_exit(static_cast<wasix::exitcode_t>(status));
    __builtin_unreachable();
}
