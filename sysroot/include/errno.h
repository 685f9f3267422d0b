/* WASIX SDK: <errno.h> = wasi-libc's header (moved to <__wasilibc/errno.h>
 * by the build hook) plus the socket errors WASI has no code for, which the
 * layer returns where Linux does (Linux's numbers: no WASI code uses them).
 * strerror() has no text for them ("No error information"). */
#ifndef _WASIX_ERRNO_H
#define _WASIX_ERRNO_H

#include <__wasilibc/errno.h>

#ifndef ESOCKTNOSUPPORT
#define ESOCKTNOSUPPORT 94
#endif
#ifndef EPFNOSUPPORT
#define EPFNOSUPPORT 96
#endif

#endif
