// popen_list.hpp - the streams popen opened and the child behind each, for
// pclose.
#pragma once

#include <stdio.h>
#include <sys/types.h>

namespace wasix_libc {

// Records that f reads from or writes to child pid; false if out of memory.
bool popen_add(FILE* f, pid_t pid) noexcept;
// Forgets f and returns its child; -1 when f is not a popen stream.
pid_t popen_take(FILE* f) noexcept;

}  // namespace wasix_libc
