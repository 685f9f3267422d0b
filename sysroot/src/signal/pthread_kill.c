/* pthread_kill.c - pthread_kill(): to the calling thread like raise; to
 * another thread through thread_signal (C, to read the thread id from
 * musl's struct pthread). */
#include <errno.h>

#include "pthread_impl.h"

/* Not <signal.h>: with musl's internal include paths that is wasi-libc's
 * header, which refuses to compile without _WASI_EMULATED_SIGNAL. */
int raise(int);
int __wasix_thread_signal(int tid, int sig);

int pthread_kill(pthread_t t, int sig)
{
	if (sig < 0 || sig >= 65) return EINVAL;
	if (t == pthread_self()) {
		if (sig) raise(sig);
		return 0;
	}
	int tid = a_cas(&t->tid, 0, 0);
	if (tid <= 0) return ESRCH;
	return __wasix_thread_signal(tid, sig);
}
