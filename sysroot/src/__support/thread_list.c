/*
 * thread_list.c - the circular list of live threads (musl's self->next/prev)
 * and its lock. pthread_key_delete walks it to clear a deleted key in every
 * thread.
 */
#include "__support/wasix_thread.h"
#include "lock.h"

hidden volatile int __thread_list_lock;

void __tl_lock(void)
{
	__lock(&__thread_list_lock);
}

void __tl_unlock(void)
{
	__unlock(&__thread_list_lock);
}

void __wasix_thread_list_remove(struct pthread *t)
{
	__tl_lock();
	t->next->prev = t->prev;
	t->prev->next = t->next;
	t->next = t->prev = t;
	if (!--libc.threads_minus_1) {
		/* pthread_exit of the main thread may be waiting for this. */
		__wake(&libc.threads_minus_1, -1, 1);
	}
	__tl_unlock();
}
