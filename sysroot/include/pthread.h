/* WASIX SDK: <pthread.h> = wasi-libc's header (moved to
 * <__wasilibc/pthread.h> by the build hook) plus pthread_getname_np, the
 * counterpart of the pthread_setname_np it declares (both in
 * sysroot/src/pthread/). */
#ifndef _WASIX_PTHREAD_H
#define _WASIX_PTHREAD_H

#include <__wasilibc/pthread.h>

#ifdef __cplusplus
extern "C" {
#endif

int pthread_getname_np(pthread_t, char *, size_t);

#ifdef __cplusplus
}
#endif

#endif
