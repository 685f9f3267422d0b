/*
 * pthread_create.c - create a thread: on a parked worker (thread_pool.c), or
 * on a new one started with WASIX thread_spawn_v2.
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

#define ALIGN_UP(x, a) (((x) + (a) - 1) & -(uintptr_t)(a))

/* A worker not started yet: its block holds the stack (stack_size bytes,
 * none for a stack the caller supplies), the worker and its TLS block. */
static struct wasix_worker *new_worker(size_t stack_size)
{
	const size_t tls_size = __builtin_wasm_tls_size();
	const size_t tls_align = __builtin_wasm_tls_align() > 16 ? __builtin_wasm_tls_align() : 16;
	const size_t worker_size = ALIGN_UP(sizeof(struct wasix_worker), 16);
	unsigned char *map = malloc(stack_size + worker_size + tls_align + tls_size);
	if (!map) return 0;
	struct wasix_worker *w = (struct wasix_worker *)(map + stack_size);
	memset(w, 0, sizeof *w);
	w->map = map;
	w->stack_top = map + stack_size;
	w->stack_size = stack_size;
	w->tls = (void *)ALIGN_UP((uintptr_t)w + worker_size, tls_align);
	return w;
}

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

	const size_t tsd_size = ALIGN_UP(__pthread_tsd_size, 16);
	const size_t desc_size = ALIGN_UP(sizeof(struct wasix_thread), 16);
	struct wasix_thread *t = malloc(desc_size + tsd_size);
	if (!t) return EAGAIN;
	memset(t, 0, desc_size + tsd_size);

	/* A stack the caller supplies needs a worker of its own; otherwise a
	 * parked worker with a stack at least as large as asked for will do. */
	const size_t stack_size = attr._a_stackaddr ? 0 : ALIGN_UP(attr._a_stacksize, 16);
	struct wasix_worker *w = attr._a_stackaddr ? 0 : __wasix_pool_take(stack_size);
	const int reused = w != 0;
	if (!w) w = new_worker(stack_size);
	if (!w) {
		free(t);
		return EAGAIN;
	}
	if (attr._a_stackaddr) {
		w->stack_top = (unsigned char *)(attr._a_stackaddr & -(uintptr_t)16);
		t->pt.stack_size = attr._a_stacksize;
	} else {
		t->pt.stack_size = stack_size;
	}

	t->pt.self = &t->pt;
	t->pt.map_base = (unsigned char *)t;
	t->pt.map_size = desc_size + tsd_size;
	t->pt.stack = w->stack_top;
	t->pt.guard_size = attr._a_guardsize;
	t->pt.tsd = (void **)((unsigned char *)t + desc_size);
	t->pt.locale = &libc.global_locale;
	t->pt.detach_state = attr._a_detach ? DT_DETACHED : DT_JOINABLE;
	t->pt.robust_list.head = &t->pt.robust_list.head;
	t->pt.tid = __wasix_next_tid();
	t->start = entry;
	t->arg = arg;
	t->worker = w;

	__tl_lock();
	if (!libc.threads_minus_1++) libc.need_locks = 1;
	t->pt.next = self->next;
	t->pt.prev = self;
	t->pt.next->prev = &t->pt;
	t->pt.prev->next = &t->pt;
	__tl_unlock();

	if (reused) {
		__wasix_pool_run(w, t);
		*res = &t->pt;
		return 0;
	}

	w->job = t;
	w->job_ready = 1;
	/* No guard area (wasm linear memory has no page protection): the
	 * thread checks its stack pointer instead (stack_guard.s). */
	/* The stack the thread may use, whose lower end is its overflow limit
	 * (stack_guard.s): from the caller's address (stack_top is rounded
	 * down from the upper end) or the worker's block. */
	const size_t usable = attr._a_stackaddr
		? (uintptr_t)w->stack_top - (attr._a_stackaddr - attr._a_stacksize) : stack_size;
	int tid = __wasix_thread_spawn(w->start_block, w->stack_top, usable, 0, w->tls,
	                               __wasix_worker_main, w);
	if (tid < 0) {
		__wasix_thread_list_remove(&t->pt);
		free(w->map);
		free(t);
		return EAGAIN;
	}
	/* The worker stores its runtime id itself too; storing it here as well
	 * makes it visible at once to the caller (pthread_kill). Not for a
	 * detached thread: it may already have ended and its worker been
	 * freed. */
	if (!attr._a_detach) a_store(&w->rt_tid, tid);
	*res = &t->pt;
	return 0;
}

weak_alias(__pthread_create, pthread_create);
