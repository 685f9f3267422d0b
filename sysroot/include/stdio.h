/* WASIX SDK: <stdio.h> = wasi-libc's header (moved to <__wasilibc/stdio.h>
 * by the build hook) plus popen/pclose, which run "/bin/sh -c" in a child
 * process (sysroot/src/stdio/popen.cpp). */
#ifndef _WASIX_STDIO_H
#define _WASIX_STDIO_H

#include <__wasilibc/stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

FILE *popen(const char *, const char *);
int pclose(FILE *);

#ifdef __cplusplus
}
#endif

#endif
