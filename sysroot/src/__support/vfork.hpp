// vfork.hpp - vfork over proc_fork_env, without a memory copy or asyncify.
//
// proc_fork_env makes the caller go on as the child, in the parent's memory
// and on its stack, with a copy of its descriptors; when the child calls
// proc_exit2, or an exec succeeds, the call returns in the parent
// (QUIRKS.md, "vfork"). The parent must then return from vfork() a second
// time, with the child's pid, which only a setjmp in the caller's own frame
// can do: <unistd.h> makes vfork() a macro,
//   __wasix_vfork_leave(setjmp(__wasix_vfork_enter(JUMP)))
// where JUMP is the longjmp that matches how the caller's setjmp is lowered
// (the exception-based __wasm_longjmp, or the asyncify-based longjmp).
//
// What the library keeps in memory for the process (the descriptor table,
// signal actions and mask) the child would change for the parent too: it is
// saved when the child starts and put back when the parent resumes.
#pragma once

#include <sys/types.h>

namespace wasix_libc {

// Whether this thread runs a vfork child that has not left yet.
bool vfork_in_child() noexcept;

// In a vfork child whose proc_exit2 or exec has returned (so the parent
// runs again): restores the parent's state and returns from its vfork()
// with the child's pid.
[[noreturn]] void vfork_resume_parent() noexcept;

}  // namespace wasix_libc
