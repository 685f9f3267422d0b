/* WASIX SDK: <sys/time.h> = wasi-libc's header (moved to
 * <__wasilibc/sys/time.h> by the build hook) plus the interval timers,
 * which the SDK implements over proc_raise_interval (ITIMER_REAL only). */
#ifndef _WASIX_SYS_TIME_H
#define _WASIX_SYS_TIME_H

#include <__wasilibc/sys/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ITIMER_REAL    0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF    2

struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

int getitimer(int, struct itimerval *);
int setitimer(int, const struct itimerval *__restrict, struct itimerval *__restrict);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* musl's, over futimens/utimensat. */
int futimes(int, const struct timeval [2]);
int lutimes(const char *, const struct timeval [2]);
#endif

#ifdef __cplusplus
}
#endif

#endif
