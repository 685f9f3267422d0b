/* WASIX SDK: <sys/stat.h> = wasi-libc's header (moved to
 * <__wasilibc/sys/stat.h> by the build hook) plus what it hides because
 * plain WASI lacks it: umask (kept by the layer), mkfifo and mknod (which
 * fail as Linux fails where the runtime cannot make the node). */
#ifndef _WASIX_SYS_STAT_H
#define _WASIX_SYS_STAT_H

#include <__wasilibc/sys/stat.h>

#ifdef __cplusplus
extern "C" {
#endif

mode_t umask(mode_t);
int mkfifo(const char *, mode_t);
int mkfifoat(int, const char *, mode_t);
int mknod(const char *, mode_t, dev_t);
int mknodat(int, const char *, mode_t, dev_t);

#ifdef __cplusplus
}
#endif

#endif
