/*
 * pthread_join.c - wait for a thread, take its result, free its memory.
 */
#include <stdlib.h>
#include <time.h>
#include "__support/wasix_thread.h"

static int join(pthread_t t, void **res, const struct timespec *at, int try_only)
{
	if (t == __pthread_self()) return EDEADLK;
	if (t->detach_state == DT_DETACHED) return EINVAL;

	int state;
	while ((state = t->detach_state) != DT_EXITED) {
		if (try_only) return EBUSY;
		if (!__wasix_spin_while(&t->detach_state, state)) continue;
		int r = __timedwait_cp(&t->detach_state, state, CLOCK_REALTIME, at, 1);
		if (r == ETIMEDOUT || r == EINVAL) return r;
	}
	if (res) *res = t->result;
	if (t != &__wasix_main_thread) {
		struct wasix_thread *w = (struct wasix_thread *)t;
		__wasix_thread_wait_gone(w);
		__wasix_thread_free(w);
	}
	return 0;
}

int __pthread_join(pthread_t t, void **res)
{
	return join(t, res, 0, 0);
}

int __pthread_tryjoin_np(pthread_t t, void **res)
{
	return join(t, res, 0, 1);
}

int __pthread_timedjoin_np(pthread_t t, void **res, const struct timespec *at)
{
	return join(t, res, at, 0);
}

weak_alias(__pthread_join, pthread_join);
weak_alias(__pthread_tryjoin_np, pthread_tryjoin_np);
weak_alias(__pthread_timedjoin_np, pthread_timedjoin_np);
