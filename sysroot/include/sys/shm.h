/* WASIX SDK: <sys/shm.h> (wasi-libc leaves it out). System V shared memory
 * is not in the runtime: every call fails with ENOSYS (sysroot/src/sys/shm/);
 * POSIX shm_open + mmap works within a process instead. */
#ifndef _SYS_SHM_H
#define _SYS_SHM_H

#include <sys/ipc.h>

#define __NEED_size_t
#define __NEED_pid_t
#define __NEED_time_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long shmatt_t;

struct shmid_ds {
	struct ipc_perm shm_perm;
	size_t shm_segsz;
	time_t shm_atime;
	time_t shm_dtime;
	time_t shm_ctime;
	pid_t shm_cpid;
	pid_t shm_lpid;
	shmatt_t shm_nattch;
	unsigned long __unused[2];
};

#define SHM_RDONLY 010000
#define SHM_RND    020000
#define SHM_LOCK   11
#define SHM_UNLOCK 12

int shmget(key_t, size_t, int);
void *shmat(int, const void *, int);
int shmdt(const void *);
int shmctl(int, int, struct shmid_ds *);

#ifdef __cplusplus
}
#endif

#endif
