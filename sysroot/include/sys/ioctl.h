/* WASIX SDK: <sys/ioctl.h> = wasi-libc's header (FIONREAD, FIONBIO; moved
 * to <__wasilibc/sys/ioctl.h> by the build hook) plus the terminal window
 * size requests served by the SDK's ioctl (sysroot/src/unistd/ioctl.cpp). */
#ifndef _WASIX_SYS_IOCTL_H
#define _WASIX_SYS_IOCTL_H

#include <__wasilibc/sys/ioctl.h>

#define __NEED_struct_winsize
#include <bits/alltypes.h>

#ifndef TIOCGWINSZ
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#endif

#ifdef __cplusplus
extern "C" {
#endif
int ioctl(int, int, ...);
#ifdef __cplusplus
}
#endif

#endif
