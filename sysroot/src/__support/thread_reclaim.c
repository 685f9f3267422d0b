/*
 * thread_reclaim.c - giving back the memory (stack, TSD, TLS) of threads.
 *
 * A thread cannot free the stack it runs on. The last action of a worker
 * that ends is __wasix_thread_exit_final, which stores done = 1 and then
 * calls WASIX thread_exit without touching memory again; a worker that
 * parks stores done = 1 once it no longer touches the thread's block. A
 * joined thread is freed by pthread_join once done is set; a detached
 * thread is put on the "retired" list and freed by the next pthread_create
 * or pthread_exit that finds it done.
 */
#include <stdlib.h>
#include "__support/wasix_thread.h"
#include "lock.h"

static volatile int retired_lock[1];
static struct wasix_thread *retired;

void __wasix_thread_retire(struct wasix_thread *t)
{
	LOCK(retired_lock);
	t->next_retired = retired;
	retired = t;
	UNLOCK(retired_lock);
}

void __wasix_thread_reclaim(void)
{
	if (!a_cas_p(&retired, 0, 0)) return;
	LOCK(retired_lock);
	struct wasix_thread **link = &retired;
	while (*link) {
		struct wasix_thread *t = *link;
		if (t->done) {
			*link = t->next_retired;
			__wasix_thread_free(t);
		} else {
			link = &t->next_retired;
		}
	}
	UNLOCK(retired_lock);
}

/* The thread's block, and the block of the worker that ran it if the worker
 * ended with it (a parked worker keeps its own). */
void __wasix_thread_free(struct wasix_thread *t)
{
	free(t->worker_map);
	free(t->pt.map_base);
}

/* Between storing detach_state = DT_EXITED and done = 1 the exiting worker
 * runs only a few instructions; spin (yielding now and then) over them. */
void __wasix_thread_wait_gone(struct wasix_thread *t)
{
	for (unsigned spins = 0; !t->done; spins++) {
		if (spins >= 64) __wasix_sched_yield();
		else a_spin();
	}
}
