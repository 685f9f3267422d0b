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

#endif
