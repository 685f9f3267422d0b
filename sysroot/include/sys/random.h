/* WASIX SDK: <sys/random.h>: getrandom (the runtime's random_get) besides
 * wasi-libc's getentropy. Replaces wasi-libc's header. */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#define __NEED_size_t
#define __NEED_ssize_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM   0x0002
#define GRND_INSECURE 0x0004

ssize_t getrandom(void *, size_t, unsigned);
int getentropy(void *, size_t);

#ifdef __cplusplus
}
#endif

#endif
