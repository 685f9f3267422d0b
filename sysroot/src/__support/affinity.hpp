// affinity.hpp - the CPU affinity of the process (sched/).
//
// The runtime schedules threads itself; the layer reports its
// thread_parallelism() CPUs and remembers a narrower mask a program sets, so
// sched_getaffinity returns what sched_setaffinity stored, as on Linux. The
// mask is the process's, not per thread.
#pragma once

#include <stddef.h>
#include <sys/types.h>

namespace wasix_libc {

// Linux's checks: a pid other than 0 or the process's own is ESRCH; a size
// that is not a multiple of sizeof(long) or too small for the CPUs is
// EINVAL. 0 or an errno value.
int affinity_check(pid_t pid, size_t size) noexcept;
// How many CPUs the runtime offers (thread_parallelism, at least 1).
unsigned long affinity_online_count() noexcept;
bool affinity_get(unsigned cpu) noexcept;
// Stores the mask (limited to the online CPUs); EINVAL when that is empty.
int affinity_set(const unsigned char* bytes, size_t size) noexcept;

}  // namespace wasix_libc
