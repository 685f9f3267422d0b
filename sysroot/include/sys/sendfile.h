/* WASIX SDK: <sys/sendfile.h> (wasi-libc leaves it out): sendfile copies
 * through the layer (sysroot/src/sys/sendfile/sendfile.cpp). */
#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H

#include <sys/types.h>
#include <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

ssize_t sendfile(int, int, off_t *, size_t);

#ifdef __cplusplus
}
#endif

#endif
