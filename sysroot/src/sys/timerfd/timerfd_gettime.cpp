// timerfd_gettime.cpp - timerfd_gettime(): ENOSYS; the runtime has no timer descriptors
// (<sys/timerfd.h>).
#include <errno.h>
#include <sys/timerfd.h>

#include "__support/errno_map.hpp"

extern "C" int timerfd_gettime(int, struct itimerspec*) { return wasix_libc::fail_posix(ENOSYS); }
