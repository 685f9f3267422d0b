/* WASIX SDK: <time.h> = wasi-libc's header (moved to <__wasilibc/time.h>
 * by the build hook) plus clock_settime, which WASIX can do
 * (clock_time_set; sysroot/src/unistd/clock_settime.cpp). clock() is
 * declared plainly: the SDK's libc provides it (and times, getrusage) on the
 * runtime's process CPU-time clock, without wasi-libc's emulation flag. */
#ifndef _WASIX_TIME_H
#define _WASIX_TIME_H

#ifndef _WASI_EMULATED_PROCESS_CLOCKS
#define _WASI_EMULATED_PROCESS_CLOCKS 1
#endif
#include <__wasilibc/time.h>

#ifdef __cplusplus
extern "C" {
#endif

int clock_settime(clockid_t, const struct timespec *);

#ifdef __cplusplus
}
#endif

#endif
