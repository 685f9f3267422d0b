/* WASIX SDK: <stdlib.h> = wasi-libc's header (moved to <__wasilibc/stdlib.h>
 * by the build hook) plus what it hides because plain WASI lacks it:
 * temporary files (musl's mkstemp family over O_EXCL), qsort_r, valloc and
 * memalign. */
#ifndef _WASIX_STDLIB_H
#define _WASIX_STDLIB_H

#include <__wasilibc/stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

int mkstemp(char *);
int mkostemp(char *, int);
int mkstemps(char *, int);
int mkostemps(char *, int, int);
char *mkdtemp(char *);
char *mktemp(char *);
void qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);
void *valloc(size_t);
void *memalign(size_t, size_t);

#ifdef __cplusplus
}
#endif

#endif
