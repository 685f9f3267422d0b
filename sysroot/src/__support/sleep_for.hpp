// sleep_for.hpp - a relative sleep on WASIX thread_sleep, which suspends only
// the calling thread (nanosleep, thrd_sleep).
#pragma once

#include <time.h>

namespace wasix_libc {

// Sleeps for *req: 0, or EFAULT for a null request, EINVAL for a malformed
// one, or the runtime's error as a POSIX errno value. Never interrupted: WASIX delivers
// no signal into a sleep.
int sleep_for(const struct timespec* req) noexcept;

}  // namespace wasix_libc
