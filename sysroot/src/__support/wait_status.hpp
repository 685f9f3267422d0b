// wait_status.hpp - the status word wait4 and waitid report, from what
// proc_join returned.
#pragma once

#include <wasix/wasix.hpp>

namespace wasix_libc {

// Linux's encoding (see <sys/wait.h>): exit code << 8, the terminating
// signal, or stop signal << 8 | 0x7f.
int wait_status(const wasix::join_status_t& st) noexcept;

}  // namespace wasix_libc
