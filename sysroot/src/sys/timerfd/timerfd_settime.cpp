// timerfd_settime.cpp - timerfd_settime(): ENOSYS; the runtime has no timer descriptors
// (<sys/timerfd.h>).
#include <errno.h>
#include <sys/timerfd.h>

#include "__support/errno_map.hpp"

extern "C" int timerfd_settime(int, int, const struct itimerspec*, struct itimerspec*) { return wasix_libc::fail_posix(ENOSYS); }
