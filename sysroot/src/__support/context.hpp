// context.hpp - ucontext over the WASIX context_* calls.
//
// A runtime context has its own wasm stack (locals, return addresses); the C
// stack (`__stack_pointer`, for locals whose address is taken) is one global
// per thread that the runtime does not switch. So every switch keeps the
// caller's stack pointer in a wasm local, which lives on the caller's own
// wasm stack, and puts it back when the caller is resumed; a new context sets
// it to the top of its uc_stack before it calls anything.
//
// What cannot be done (QUIRKS.md, "contexts"): a context resumes where it last
// switched away, so setcontext to a context saved by getcontext in the
// running context (getcontext used as setjmp) fails with ENOTSUP.
#pragma once

#include <ucontext.h>

namespace wasix_libc::context {

// mcontext_t::__state
enum : int {
    k_empty = 0,     // getcontext filled it: a context that runs or ran
    k_made = 1,      // makecontext made it, not started yet
    k_started = 2,   // it has run
};

// Creates the runtime context of a context makecontext has filled in (it
// starts at the first switch to it). Returns 0 or a POSIX errno value.
int make(ucontext_t* uc) noexcept;

// Gives back the runtime context of a made context that never ran, before
// makecontext reuses the ucontext_t.
void release(ucontext_t* uc) noexcept;

// Switches to `to`, after storing the running context in `save` (when not
// null). Returns 0 when something switches back to the caller, -1 with errno
// when the switch is refused.
int swap(ucontext_t* save, const ucontext_t* to) noexcept;

// Names the running context in uc, with the signal mask, for a later switch
// back to it (getcontext, and swapcontext's save).
void save_running(ucontext_t* uc) noexcept;

}  // namespace wasix_libc::context
