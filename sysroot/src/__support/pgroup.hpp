// pgroup.hpp - the process group and session of this process.
//
// WASIX has neither: the runtime knows no groups or sessions. The library
// keeps the two ids of the calling process in its memory, so that fork,
// setpgid and setsid behave as on Linux among the processes that share the
// model: a program starts as the leader of its own group, in a session of
// the same id that it does not lead (as a program a shell started: its
// session is the shell's); a forked child starts in its parent's group and
// session (the memory copy carries them; fork fills in the parent's pid
// where the parent still had its initial ids); setsid and setpgid change
// them with Linux's checks. A new program (exec, posix_spawn) starts over.
// What another process did to its own ids is not known here.
#pragma once

#include <sys/types.h>

namespace wasix_libc {

pid_t pgroup_id() noexcept;
pid_t session_id() noexcept;
void set_pgroup_id(pid_t pgid) noexcept;
// setsid: the caller leads a new session (and group) of its own pid.
void lead_session(pid_t self) noexcept;
// Whether the caller leads its session (setsid succeeded in this process).
bool session_leader() noexcept;

// fork, in the child: ids the parent had not changed were the parent's pid.
void pgroup_after_fork(pid_t parent) noexcept;

// The errno for a pid other than the caller's that getpgid, getsid or
// setpgid names: 0 for a process that exists, else ESRCH.
int pgroup_lookup(pid_t pid) noexcept;

}  // namespace wasix_libc
