/* WASIX SDK: <sys/prctl.h> (wasi-libc leaves it out): prctl knows the
 * thread name (PR_SET_NAME, PR_GET_NAME) and answers EINVAL for the rest
 * (sysroot/src/sys/prctl/prctl.cpp). */
#ifndef _SYS_PRCTL_H
#define _SYS_PRCTL_H

#ifdef __cplusplus
extern "C" {
#endif

#define PR_SET_PDEATHSIG 1
#define PR_GET_PDEATHSIG 2
#define PR_GET_DUMPABLE 3
#define PR_SET_DUMPABLE 4
#define PR_SET_NAME 15
#define PR_GET_NAME 16
#define PR_SET_NO_NEW_PRIVS 38
#define PR_GET_NO_NEW_PRIVS 39

int prctl(int, ...);

#ifdef __cplusplus
}
#endif

#endif
