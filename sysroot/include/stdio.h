/* WASIX SDK: <stdio.h> = wasi-libc's header (moved to <__wasilibc/stdio.h>
 * by the build hook) plus popen/pclose, which run "/bin/sh -c" in a child
 * process (sysroot/src/stdio/popen.cpp), and the temporary-file functions
 * (tmpfile, tmpnam, tempnam in $TMPDIR or /tmp), which wasi-libc declares
 * deprecated and does not define. */
#ifndef _WASIX_STDIO_H
#define _WASIX_STDIO_H

/* wasi-libc declares tmpfile and tmpnam deprecated: its declarations are
 * renamed out of the way and plain ones follow. */
#define tmpfile __wasilibc_tmpfile_hidden
#define tmpnam __wasilibc_tmpnam_hidden
#include <__wasilibc/stdio.h>
#undef tmpfile
#undef tmpnam

#ifdef __cplusplus
extern "C" {
#endif

FILE *popen(const char *, const char *);
int pclose(FILE *);
FILE *tmpfile(void);
char *tmpnam(char *);
char *tempnam(const char *, const char *);
#ifndef P_tmpdir
#define P_tmpdir "/tmp"
#endif
#ifndef L_tmpnam
#define L_tmpnam 20
#endif
#ifndef TMP_MAX
#define TMP_MAX 10000
#endif

#ifdef __cplusplus
}
#endif

#endif
