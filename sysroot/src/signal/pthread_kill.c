/* pthread_kill.c - pthread_kill(): to the calling thread like raise; to
 * another thread through thread_signal, addressed to the runtime's id of
 * the worker that runs it (C, to read it from the thread's descriptor). */
#include <errno.h>

#include "__support/wasix_thread.h"

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
	/* A thread that has ended (not joined yet) may have left its worker to
	 * another thread: send nothing, and succeed as glibc does. */
	if (a_cas(&t->detach_state, 0, 0) <= DT_EXITING) return 0;
	int tid = t == &__wasix_main_thread ? t->tid
	                                    : ((struct wasix_thread *)t)->worker->rt_tid;
	if (tid <= 0) return ESRCH;
	return __wasix_thread_signal(tid, sig);
}
