// timer_delete.cpp - timer_delete(): ENOSYS. The runtime has one interval timer per
// process (setitimer uses it); POSIX timers are not built on it (README,
// limits).
#include <errno.h>
#include <signal.h>
#include <time.h>

#include "__support/errno_map.hpp"

extern "C" int timer_delete(timer_t) { return wasix_libc::fail_posix(ENOSYS); }
