/* WASIX SDK: <sys/sem.h> (wasi-libc leaves it out). System V semaphores
 * are not in the runtime: every call fails with ENOSYS (sysroot/src/sys/sem/);
 * POSIX semaphores (<semaphore.h>) work. */
#ifndef _SYS_SEM_H
#define _SYS_SEM_H

#include <sys/ipc.h>

#define __NEED_size_t
#define __NEED_time_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GETPID  11
#define GETVAL  12
#define GETALL  13
#define GETNCNT 14
#define GETZCNT 15
#define SETVAL  16
#define SETALL  17
#define SEM_UNDO 0x1000

struct semid_ds {
	struct ipc_perm sem_perm;
	time_t sem_otime;
	time_t sem_ctime;
	unsigned long sem_nsems;
};

struct sembuf {
	unsigned short sem_num;
	short sem_op;
	short sem_flg;
};

int semget(key_t, int, int);
int semop(int, struct sembuf *, size_t);
int semctl(int, int, int, ...);

#ifdef __cplusplus
}
#endif

#endif
