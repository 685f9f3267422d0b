/* WASIX SDK: <time.h> = wasi-libc's header (moved to <__wasilibc/time.h>
 * by the build hook) plus clock_settime, which WASIX can do
 * (clock_time_set; sysroot/src/unistd/clock_settime.cpp). */
#ifndef _WASIX_TIME_H
#define _WASIX_TIME_H

#include <__wasilibc/time.h>

#ifdef __cplusplus
extern "C" {
#endif

int clock_settime(clockid_t, const struct timespec *);

#ifdef __cplusplus
}
#endif

#endif
