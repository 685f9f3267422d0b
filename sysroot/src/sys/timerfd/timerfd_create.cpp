// timerfd_create.cpp - timerfd_create(): ENOSYS; the runtime has no timer descriptors
// (<sys/timerfd.h>).
#include <errno.h>
#include <sys/timerfd.h>
#include <time.h>

#include "__support/errno_map.hpp"

extern "C" int timerfd_create(clockid_t, int) { return wasix_libc::fail_posix(ENOSYS); }
