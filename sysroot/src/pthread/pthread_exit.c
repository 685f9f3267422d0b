/*
 * pthread_exit.c - end the calling thread.
 */
#include <stdlib.h>
#include "__support/wasix_thread.h"

_Noreturn void __pthread_exit(void *result)
{
	pthread_t self = __pthread_self();

	self->canceldisable = 1;
	self->cancelasync = 0;
	self->result = result;

	/* pthread_cleanup_push handlers, innermost first. */
	while (self->cancelbuf) {
		void (*f)(void *) = self->cancelbuf->__f;
		void *x = self->cancelbuf->__x;
		self->cancelbuf = self->cancelbuf->__next;
		f(x);
	}

	__pthread_tsd_run_dtors();

	if (self == &__wasix_main_thread) {
		/* POSIX: the process goes on until its last thread ends. */
		int n;
		while ((n = libc.threads_minus_1) > 0)
			__wait(&libc.threads_minus_1, 0, n, 1);
		exit(0);
	}

	__wasix_thread_list_remove(self);
	__wasix_thread_reclaim();

	struct wasix_thread *t = (struct wasix_thread *)self;
	if (a_cas(&self->detach_state, DT_JOINABLE, DT_EXITING) == DT_DETACHED) {
		__wasix_thread_retire(t);
	} else {
		a_store(&self->detach_state, DT_EXITED);
		__wake(&self->detach_state, -1, 1);
	}
	__wasix_thread_exit_final(&t->done);
}

weak_alias(__pthread_exit, pthread_exit);
