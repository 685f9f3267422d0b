// cpu_time.hpp - the process's CPU time for clock, times and getrusage.
#pragma once

#include <stdint.h>

namespace wasix_libc {

// Nanoseconds of CPU time the process has used: the runtime's process
// CPU-time clock, or, where the runtime has none, the monotonic time since
// the program started (a process that is running or waiting counts alike).
uint64_t cpu_time_ns() noexcept;

}  // namespace wasix_libc
