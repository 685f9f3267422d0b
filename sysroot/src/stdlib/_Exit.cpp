// _Exit.cpp - _Exit(): proc_exit, or, in a vfork child, proc_exit2 and back
// to the parent's vfork (__support/vfork.hpp). Replaces wasi-libc's _Exit.o.
#include <stdlib.h>

#include <wasix/wasix.hpp>

// Each of these is linked only with what needs it, so that every program
// does not carry vfork's or the contexts' code for its exit.
// In __support/context.cpp, linked with makecontext: a process must end
// from its thread's own context.
extern "C" __attribute__((weak)) void __wasix_context_exit(int status);
// In __support/vfork.cpp, linked with vfork: returns unless this is a vfork
// child, which it ends (the parent resumes).
extern "C" __attribute__((weak)) void __wasix_vfork_exit(int status);
// In __support/run_signals.cpp, linked with the signal functions: tells
// wasix-run the status once it forwarded a signal.
extern "C" __attribute__((weak)) void __wasix_run_signals_exit(int status);

extern "C" _Noreturn void _Exit(int status) {
    if (__wasix_context_exit) __wasix_context_exit(status);
    if (__wasix_vfork_exit) __wasix_vfork_exit(status);
    if (__wasix_run_signals_exit) __wasix_run_signals_exit(status);
    wasix::proc_exit(static_cast<wasix::exitcode_t>(status));
    __builtin_unreachable();
}
