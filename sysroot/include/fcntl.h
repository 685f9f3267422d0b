/* WASIX SDK: <fcntl.h> = wasi-libc's header (moved to <__wasilibc/fcntl.h>
 * by the build hook) plus what the process model needs:
 * - F_DUPFD and F_DUPFD_CLOEXEC, which wasi-libc leaves out;
 * - a real O_CLOEXEC bit (wasi-libc defines it as 0 because WASI has no
 *   exec). pipe2, dup3 and accept4-style callers honour it; open() accepts it
 *   but ignores it (use fcntl(fd, F_SETFD, FD_CLOEXEC) after open). The bit
 *   is one open() already ignores. */
#ifndef _WASIX_FCNTL_H
#define _WASIX_FCNTL_H

#include <__wasilibc/fcntl.h>

#ifndef F_DUPFD
#define F_DUPFD 0
#endif
#ifndef F_DUPFD_CLOEXEC
#define F_DUPFD_CLOEXEC 1030
#endif
/* Record locks: declared for portability; fcntl answers EINVAL. */
#ifndef F_GETLK
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#endif
#ifndef F_RDLCK
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2
#endif

#undef O_CLOEXEC
#define O_CLOEXEC (0x20000000)

/* fallocate (mode 0 over the runtime's fd_allocate; the other modes are
 * EOPNOTSUPP, as on a Linux file system without them) and splice (one end
 * a pipe, copied through the layer): sysroot/src/fcntl/. */
#define FALLOC_FL_KEEP_SIZE 1
#define FALLOC_FL_PUNCH_HOLE 2
#define SPLICE_F_MOVE 1
#define SPLICE_F_NONBLOCK 2
#define SPLICE_F_MORE 4
#define SPLICE_F_GIFT 8
#define __NEED_ssize_t
#include <bits/alltypes.h>
#ifdef __cplusplus
extern "C" {
#endif
int fallocate(int, int, off_t, off_t);
ssize_t splice(int, off_t *, int, off_t *, size_t, unsigned);
#ifdef __cplusplus
}
#endif

#endif
