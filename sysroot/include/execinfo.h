/* WASIX SDK: <execinfo.h> (glibc's). WebAssembly code cannot walk its own
 * call stack, so backtrace() finds no frames (sysroot/src/execinfo/). */
#ifndef _EXECINFO_H
#define _EXECINFO_H

#ifdef __cplusplus
extern "C" {
#endif

int backtrace(void **, int);
char **backtrace_symbols(void *const *, int);
void backtrace_symbols_fd(void *const *, int, int);

#ifdef __cplusplus
}
#endif

#endif
