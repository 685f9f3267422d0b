/* WASIX SDK: <sys/msg.h> (wasi-libc leaves it out). System V message queues
 * are not in the runtime: every call fails with ENOSYS (sysroot/src/sys/msg/). */
#ifndef _SYS_MSG_H
#define _SYS_MSG_H

#include <sys/ipc.h>

#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_pid_t
#define __NEED_time_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;

struct msqid_ds {
	struct ipc_perm msg_perm;
	time_t msg_stime;
	time_t msg_rtime;
	time_t msg_ctime;
	unsigned long msg_cbytes;
	msgqnum_t msg_qnum;
	msglen_t msg_qbytes;
	pid_t msg_lspid;
	pid_t msg_lrpid;
};

#define MSG_NOERROR 010000
#define MSG_EXCEPT  020000

int msgget(key_t, int);
int msgsnd(int, const void *, size_t, int);
ssize_t msgrcv(int, void *, size_t, long, int);
int msgctl(int, int, struct msqid_ds *);

#ifdef __cplusplus
}
#endif

#endif
