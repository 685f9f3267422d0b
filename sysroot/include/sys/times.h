/* WASIX SDK: <sys/times.h> = wasi-libc's header (moved to
 * <__wasilibc/sys/times.h> by the build hook), which refuses to compile
 * without _WASI_EMULATED_PROCESS_CLOCKS: the SDK's libc provides times()
 * itself (sysroot/src/sys/times/times.cpp). */
#ifndef _WASIX_SYS_TIMES_H
#define _WASIX_SYS_TIMES_H

#ifndef _WASI_EMULATED_PROCESS_CLOCKS
#define _WASI_EMULATED_PROCESS_CLOCKS 1
#endif
#include <__wasilibc/sys/times.h>

#endif
