/* WASIX SDK: <time.h> = wasi-libc's header (moved to <__wasilibc/time.h>
 * by the build hook) plus clock_settime, which WASIX can do
 * (clock_time_set; sysroot/src/unistd/clock_settime.cpp). clock() is
 * declared plainly: the SDK's libc provides it (and times, getrusage) on the
 * runtime's process CPU-time clock, without wasi-libc's emulation flag.
 * The POSIX additions are visible under the same feature-test macros as in
 * musl's header: a strict ISO C compile (-std=c11, no _POSIX_C_SOURCE) has
 * neither clockid_t nor timer_t, and must not see these names. */
#ifndef _WASIX_TIME_H
#define _WASIX_TIME_H

#ifndef _WASI_EMULATED_PROCESS_CLOCKS
#define _WASI_EMULATED_PROCESS_CLOCKS 1
#endif
#include <__wasilibc/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
 || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) \
 || defined(_BSD_SOURCE)
int clock_settime(clockid_t, const struct timespec *);

/* Time zones: the runtime offers none, so local time is UTC and tzset sets
 * the names to "UTC" (sysroot/src/time/tzset.cpp). */
void tzset(void);
extern char *tzname[2];
#if defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
extern int daylight;
extern long timezone;
#endif

/* POSIX per-process timers, any number of them, served by a thread of the
 * libc rather than the runtime's one interval timer (setitimer);
 * CLOCK_REALTIME and CLOCK_MONOTONIC (sysroot/src/__support/timers.hpp). */
struct sigevent;
int timer_create(clockid_t, struct sigevent *__restrict, timer_t *__restrict);
int timer_delete(timer_t);
int timer_settime(timer_t, int, const struct itimerspec *__restrict, struct itimerspec *__restrict);
int timer_gettime(timer_t, struct itimerspec *);
int timer_getoverrun(timer_t);
#endif

#ifdef __cplusplus
}
#endif

#endif
