/* WASIX SDK: <pty.h> (wasi-libc leaves it out). The runtime has no pseudo
 * terminals: openpty and forkpty fail with ENOENT, as on a Linux system
 * without /dev/ptmx (sysroot/src/pty/). */
#ifndef _PTY_H
#define _PTY_H

#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

int openpty(int *, int *, char *, const struct termios *, const struct winsize *);
pid_t forkpty(int *, char *, const struct termios *, const struct winsize *);

#ifdef __cplusplus
}
#endif

#endif
