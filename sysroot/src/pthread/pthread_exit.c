/*
 * pthread_exit.c - end the calling thread.
 */
#include <stdlib.h>
#include "__support/wasix_thread.h"

/* A pthread_exit that parks its worker abandons the frames it was called
 * from: wasm cannot unwind them, so the host keeps them on its own stack
 * until the worker ends. These bound what a worker may abandon before it
 * ends instead of parking (a thread that returns from its start routine
 * abandons nothing). */
#define NESTED_MAX 64
#define NESTED_BYTES_MAX (64 * 1024)

static void run_exit_handlers(pthread_t self, void *result)
{
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
}

void __wasix_thread_end(void *result, int may_park)
{
	pthread_t self = __pthread_self();
	struct wasix_thread *t = (struct wasix_thread *)self;
	struct wasix_worker *w = t->worker;

	run_exit_handlers(self, result);
	__wasix_thread_list_remove(self);
	__wasix_thread_reclaim();

	/* In the pool before the joiner hears of the end, so that a
	 * pthread_create right after pthread_join finds the worker. It runs
	 * the next thread only once this one is released below. */
	const int parks = may_park && __wasix_pool_offer(w);
	if (!parks) t->worker_map = w->map;

	if (a_cas(&self->detach_state, DT_JOINABLE, DT_EXITING) == DT_DETACHED) {
		__wasix_thread_retire(t);
	} else {
		a_store(&self->detach_state, DT_EXITED);
		__wake(&self->detach_state, -1, 1);
	}
	if (!parks) __wasix_thread_exit_final(&t->done);
	/* From here on t may be freed: nothing below touches it. */
	a_store(&t->done, 1);
}

_Noreturn void __pthread_exit(void *result)
{
	pthread_t self = __pthread_self();

	if (self == &__wasix_main_thread) {
		run_exit_handlers(self, result);
		/* POSIX: the process goes on until its last thread ends. */
		int n;
		while ((n = libc.threads_minus_1) > 0)
			__wait(&libc.threads_minus_1, 0, n, 1);
		exit(0);
	}

	struct wasix_worker *w = ((struct wasix_thread *)self)->worker;
	volatile unsigned char here;
	const size_t abandoned = (size_t)(w->stack_top - (unsigned char *)&here);
	const int may_park = w->nested < NESTED_MAX &&
	                     w->nested_bytes + abandoned <= NESTED_BYTES_MAX;
	__wasix_thread_end(result, may_park);
	w->nested++;
	w->nested_bytes += abandoned;
	__wasix_worker_restart(w->stack_top, w);
}

weak_alias(__pthread_exit, pthread_exit);
