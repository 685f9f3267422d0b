/*
 * pthread_create.c - create a thread with WASIX thread_spawn_v2.
 */
#include <stdlib.h>
#include <string.h>
#include "__support/wasix_thread.h"
#include "stdio_impl.h"

/* The module must export wasi_thread_start (wasi_thread_start.s) for the
 * runtime to enter new threads; referencing it here links it (and its
 * export) into every program that can create threads. */
void wasi_thread_start(int, void *);
__attribute__((used)) static void (*const keep_thread_entry)(int, void *) = wasi_thread_start;

static void init_file_lock(FILE *f)
{
	if (f && f->lock < 0) f->lock = 0;
}

/* First C code of a new thread; __stack_pointer and TLS are already set. */
static void thread_main(int tid, void *p)
{
	struct wasix_thread *t = p;
	__wasix_thread_self = &t->pt;
	a_store(&t->pt.tid, tid);
	__pthread_exit(t->start(t->arg));
}

#define ALIGN_UP(x, a) (((x) + (a) - 1) & -(uintptr_t)(a))

int __pthread_create(pthread_t *restrict res, const pthread_attr_t *restrict attrp,
                     void *(*entry)(void *), void *restrict arg)
{
	pthread_t self = __pthread_self();
	pthread_attr_t attr = { 0 };

	if (attrp && attrp != __ATTRP_C11_THREAD) {
		attr = *attrp;
	} else {
		attr._a_stacksize = __default_stacksize;
		attr._a_guardsize = __default_guardsize;
	}

	if (!libc.threaded) {
		/* From now on stdio must lock (FILEs start with lock = -1). */
		for (FILE *f = *__ofl_lock(); f; f = f->next) init_file_lock(f);
		__ofl_unlock();
		init_file_lock(__stdin_used);
		init_file_lock(__stdout_used);
		init_file_lock(__stderr_used);
		if (!self->tsd) self->tsd = (void **)__pthread_tsd_main;
		libc.threaded = 1;
	}

	__wasix_thread_reclaim();

	size_t stack_size = 0;
	if (!attr._a_stackaddr) stack_size = ALIGN_UP(attr._a_stacksize, 16);
	const size_t tls_size = __builtin_wasm_tls_size();
	const size_t tls_align = __builtin_wasm_tls_align() > 16 ? __builtin_wasm_tls_align() : 16;
	const size_t tsd_size = ALIGN_UP(__pthread_tsd_size, 16);
	const size_t desc_size = ALIGN_UP(sizeof(struct wasix_thread), 16);
	const size_t total = stack_size + desc_size + tsd_size + tls_align + tls_size;

	unsigned char *map = malloc(total);
	if (!map) return EAGAIN;

	struct wasix_thread *t = (struct wasix_thread *)(map + stack_size);
	memset(t, 0, desc_size + tsd_size);
	void **tsd = (void **)((unsigned char *)t + desc_size);
	void *tls = (void *)ALIGN_UP((uintptr_t)tsd + tsd_size, tls_align);
	unsigned char *stack_top;
	if (attr._a_stackaddr) {
		stack_top = (unsigned char *)(attr._a_stackaddr & -(uintptr_t)16);
		stack_size = attr._a_stacksize;
	} else {
		stack_top = map + stack_size;
	}

	t->pt.self = &t->pt;
	t->pt.map_base = map;
	t->pt.map_size = total;
	t->pt.stack = stack_top;
	t->pt.stack_size = stack_size;
	t->pt.guard_size = attr._a_guardsize;
	t->pt.tsd = tsd;
	t->pt.locale = &libc.global_locale;
	t->pt.detach_state = attr._a_detach ? DT_DETACHED : DT_JOINABLE;
	t->pt.robust_list.head = &t->pt.robust_list.head;
	t->start = entry;
	t->arg = arg;

	__tl_lock();
	if (!libc.threads_minus_1++) libc.need_locks = 1;
	t->pt.next = self->next;
	t->pt.prev = self;
	t->pt.next->prev = &t->pt;
	t->pt.prev->next = &t->pt;
	__tl_unlock();

	/* No guard area: wasm linear memory has no page protection. */
	int tid = __wasix_thread_spawn(t->start_block, stack_top, stack_size, 0, tls,
	                               thread_main, t);
	if (tid < 0) {
		__wasix_thread_list_remove(&t->pt);
		free(map);
		return EAGAIN;
	}
	/* The thread stores its tid itself too; storing it here as well makes it
	 * visible at once to the caller. Not for a detached thread: it may
	 * already have ended and been freed. */
	if (!attr._a_detach) a_store(&t->pt.tid, tid);
	*res = &t->pt;
	return 0;
}

weak_alias(__pthread_create, pthread_create);
