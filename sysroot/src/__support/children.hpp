// children.hpp - the children of this process, as fork created them.
//
// The runtime cannot tell which pids are the caller's children: proc_join
// of an explicit pid joins any process, the caller itself included (it then
// never returns), and reports a reaped child again and again; proc_signal
// accepts any pid, even one that never existed (QUIRKS.md, "joining and
// signalling any pid"). So fork records each child here; wait4 refuses a
// pid that is not an unreaped child with ECHILD, and kill refuses a reaped
// child with ESRCH.
//
// Children made before an exec are not known to the new program (its
// memory is new); wait for them with pid -1, which the runtime answers
// correctly.
#pragma once

#include <sys/types.h>

namespace wasix_libc {

// fork, in the parent: pid is a new child.
void child_added(pid_t pid) noexcept;
// wait4 reported pid's final status: it is gone.
void child_reaped(pid_t pid) noexcept;
// fork, in the child: it has no children yet.
void children_forget() noexcept;

// Copies up to max pids of live (unreaped) children into out; returns how
// many were copied.
int children_live(pid_t* out, int max) noexcept;

// Whether pid may be an unreaped child of this process: true for a child
// fork made and no wait reaped, and for any other pid but the caller's own
// when memory ran out while recording a child.
bool child_may_wait(pid_t pid) noexcept;
// Whether pid names a process that exists: a live or unreaped child, or a
// pid the runtime knows and that is not a child this process reaped.
bool process_exists(pid_t pid) noexcept;

}  // namespace wasix_libc
