/*
 * thread_pool.c - workers that outlive their threads.
 *
 * Starting a runtime thread costs a new worker of the host (about 20 ms
 * under wasix-run); waking a parked one costs a futex hand-off (tens of µs).
 * So a worker whose thread ends parks here, waiting on its job_ready futex,
 * and pthread_create hands the next thread to a parked worker whose stack is
 * large enough. WASIX_THREAD_POOL=N (environment, read once by the first
 * pthread_create) bounds the parked workers; 0 turns reuse off.
 *
 * Each thread a worker runs starts as a new thread would: a fresh
 * descriptor and TSD (pthread_create), a fresh thread id, and its TLS block
 * copied again from the module's TLS image (__wasm_init_tls).
 *
 * A parked worker is blocked in futex_wait, which the runtime ends with the
 * process: exit() does not wait for it.
 */
#include <stdlib.h>
#include "__support/wasix_thread.h"
#include "lock.h"

/* Linker-made: copies .tdata and zeroes .tbss into the block, and makes it
 * the calling thread's TLS block. */
void __wasm_init_tls(void *);

#define POOL_DEFAULT 8
#define POOL_LIMIT 1024

static volatile int pool_lock[1];
static struct wasix_worker *parked;
static int parked_count;
static int pool_max = -1;

static int parse_pool_size(const char *s)
{
	if (!s || !*s) return POOL_DEFAULT;
	char *end;
	long n = strtol(s, &end, 10);
	if (*end || n < 0) return POOL_DEFAULT;
	return n > POOL_LIMIT ? POOL_LIMIT : (int)n;
}

static int max_parked(void)
{
	int m = pool_max;
	if (m < 0) {
		m = parse_pool_size(getenv("WASIX_THREAD_POOL"));
		a_store(&pool_max, m);
	}
	return m;
}

struct wasix_worker *__wasix_pool_take(size_t stack_size)
{
	if (!max_parked()) return 0;
	LOCK(pool_lock);
	/* The smallest stack that fits keeps the large ones for large requests. */
	struct wasix_worker **best = 0;
	for (struct wasix_worker **link = &parked; *link; link = &(*link)->next_parked) {
		size_t size = (*link)->stack_size;
		if (size >= stack_size && (!best || size < (*best)->stack_size)) best = link;
	}
	struct wasix_worker *w = 0;
	if (best) {
		w = *best;
		*best = w->next_parked;
		parked_count--;
	}
	UNLOCK(pool_lock);
	return w;
}

void __wasix_pool_run(struct wasix_worker *w, struct wasix_thread *t)
{
	w->job = t;
	a_store(&w->job_ready, 1);
	__wasix_futex_wake(&w->job_ready, 1);
}

int __wasix_pool_offer(struct wasix_worker *w)
{
	if (!w->stack_size) return 0;
	int in = 0;
	LOCK(pool_lock);
	if (parked_count < max_parked()) {
		w->next_parked = parked;
		parked = w;
		parked_count++;
		in = 1;
	}
	UNLOCK(pool_lock);
	return in;
}

/* signal_callback.cpp, linked with the signal functions: registers the
 * signal callback for the calling runtime thread once the process has. */
weak void __wasix_signal_thread_start(int *thread_registered);

_Noreturn void __wasix_worker_loop(struct wasix_worker *w)
{
	for (;;) {
		while (!a_cas(&w->job_ready, 1, 0))
			if (__wasix_spin_while(&w->job_ready, 0))
				__wasix_futex_wait(&w->job_ready, 0, -1);
		struct wasix_thread *t = w->job;
		/* The first thread finds the block as wasi_thread_start made it. */
		if (w->runs++) __wasm_init_tls(w->tls);
		__wasix_thread_self = &t->pt;
		if (__wasix_signal_thread_start) __wasix_signal_thread_start(&w->signals);
		__wasix_thread_end(t->start(t->arg), 1);
	}
}

void __wasix_worker_main(int rt_tid, void *p)
{
	struct wasix_worker *w = p;
	a_store(&w->rt_tid, rt_tid);
	__wasix_worker_loop(w);
}

/* fork: the child has only the forking thread, so no worker is parked there.
 * Their blocks stay allocated: freeing them could wait for a malloc lock
 * another thread of the parent held at the fork. */
void __wasix_thread_pool_after_fork(void)
{
	parked = 0;
	parked_count = 0;
	pool_lock[0] = 0;
}
