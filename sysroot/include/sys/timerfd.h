/* WASIX SDK: <sys/timerfd.h> (wasi-libc leaves it out). The runtime has no
 * timer descriptors: a timerfd is an eventfd that a thread of the libc adds
 * expirations to (sysroot/src/sys/timerfd/, src/__support/timers.hpp);
 * CLOCK_REALTIME and CLOCK_MONOTONIC. */
#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H

#include <fcntl.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TFD_NONBLOCK O_NONBLOCK
#define TFD_CLOEXEC O_CLOEXEC
#define TFD_TIMER_ABSTIME 1
#define TFD_TIMER_CANCEL_ON_SET (1 << 1)

int timerfd_create(clockid_t, int);
int timerfd_settime(int, int, const struct itimerspec *, struct itimerspec *);
int timerfd_gettime(int, struct itimerspec *);

#ifdef __cplusplus
}
#endif

#endif
