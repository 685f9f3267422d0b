// priority.hpp - the nice value of this process. WASIX has no scheduling
// priorities, so the value only lives here: setpriority stores it and
// getpriority reports it; a forked child inherits it with the memory, a new
// program (exec, posix_spawn) starts at 0.
#pragma once

#include <sys/types.h>

namespace wasix_libc {

// The process's nice value, -20..19 (0 at start).
int nice_value() noexcept;
void set_nice_value(int v) noexcept;

// What (which, who) of getpriority/setpriority names: 0 the calling
// process, -1 another process (group, user) that may exist, else the errno
// (ESRCH for a pid no process has, EINVAL for an unknown which).
int priority_target(int which, id_t who) noexcept;

}  // namespace wasix_libc
