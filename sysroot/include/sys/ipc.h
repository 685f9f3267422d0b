/* WASIX SDK: <sys/ipc.h> (wasi-libc leaves it out). The runtime has no
 * System V IPC: the shm* calls fail with ENOSYS, as on a Linux kernel built
 * without it; ftok works (sysroot/src/sys/ipc/, sys/shm/). */
#ifndef _SYS_IPC_H
#define _SYS_IPC_H

#include <features.h>

#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_mode_t
#define __NEED_key_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ipc_perm {
	key_t __key;
	uid_t uid;
	gid_t gid;
	uid_t cuid;
	gid_t cgid;
	mode_t mode;
	int __seq;
	long __unused1, __unused2;
};

#define IPC_CREAT  01000
#define IPC_EXCL   02000
#define IPC_NOWAIT 04000
#define IPC_PRIVATE ((key_t)0)
#define IPC_RMID 0
#define IPC_SET  1
#define IPC_STAT 2
#define IPC_INFO 3

key_t ftok(const char *, int);

#ifdef __cplusplus
}
#endif

#endif
