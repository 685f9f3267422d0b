// rlimits.hpp - the resource limits, kept by the libc (the runtime has none
// to report or enforce). Defaults: RLIMIT_NOFILE 1024 (the close-on-exec
// table's size), RLIMIT_STACK the main thread's stack size, RLIMIT_CORE 0,
// everything else unlimited.
#pragma once

#include <sys/resource.h>

namespace wasix_libc {

// The limits of the process, indexed by RLIMIT_*; set to the defaults on
// first use.
struct rlimit* rlimits() noexcept;

}  // namespace wasix_libc
