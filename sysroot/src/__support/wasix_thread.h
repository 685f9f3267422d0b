/*
 * wasix_thread.h - private to the SDK's thread implementation (C, because it
 * works on musl's internal struct pthread).
 *
 * A thread runs on a worker: one runtime thread (thread_spawn_v2) with its
 * own malloc block
 *
 *   [ stack (grows down from its upper end) ][ struct wasix_worker ]
 *   [ TLS block, aligned to __tls_align ]
 *
 * (without the stack part when the caller supplied a stack). Each
 * pthread_create allocates a second block for the thread itself,
 *
 *   [ struct wasix_thread ][ TSD slots ]
 *
 * which pthread_join frees, or, for a detached thread, the next
 * pthread_create/pthread_exit once the worker no longer touches it
 * (done == 1). A worker whose thread ends does not end with it: it parks in
 * the pool (thread_pool.c) and the next pthread_create that fits its stack
 * hands it the new thread, which costs a futex wake instead of a runtime
 * thread start. A worker that cannot park ends, and its block is freed
 * together with the block of the last thread it ran (worker_map).
 */
#ifndef WASIX_THREAD_H
#define WASIX_THREAD_H

#include "pthread_impl.h"
#include "__support/wasix_libc_glue.h"

struct wasix_worker;

struct wasix_thread {
	struct pthread pt;              /* first: a pthread_t points here */
	volatile int done;              /* 1 once no worker touches this block */
	struct wasix_thread *next_retired;
	void *(*start)(void *);
	void *arg;
	struct wasix_worker *worker;    /* the worker running it */
	void *worker_map;               /* the worker's block, to free with this one */
};

struct wasix_worker {
	unsigned char *map;             /* its malloc block */
	unsigned char *stack_top;
	size_t stack_size;              /* 0: a stack the caller supplied (never parks) */
	void *tls;
	volatile int rt_tid;            /* the runtime's thread id */
	int signals;                    /* 1 once it registered the signal callback */
	volatile int job_ready;         /* futex: 1 when job holds a thread to run */
	struct wasix_thread *job;
	int runs;                       /* threads run so far */
	int nested;                     /* pthread_exit calls it never returned from */
	size_t nested_bytes;            /* stack those calls left behind, summed */
	struct wasix_worker *next_parked;
	_Alignas(8) unsigned char start_block[WASIX_THREAD_START_BLOCK_SIZE];
};

/* The main thread's descriptor (thread_self.c); it is never freed. */
extern hidden struct pthread __wasix_main_thread;

/* thread_reclaim.c */
hidden void __wasix_thread_retire(struct wasix_thread *);
hidden void __wasix_thread_reclaim(void);
hidden void __wasix_thread_wait_gone(struct wasix_thread *);
hidden void __wasix_thread_free(struct wasix_thread *);

/* thread_list.c: the main thread waits here in pthread_exit. */
hidden void __wasix_thread_list_remove(struct pthread *);

/* thread_pool.c */
/* A parked worker whose stack has at least stack_size bytes, taken out of
 * the pool, or 0. */
hidden struct wasix_worker *__wasix_pool_take(size_t stack_size);
/* Start t on w (a worker from __wasix_pool_take). */
hidden void __wasix_pool_run(struct wasix_worker *w, struct wasix_thread *t);
/* Put the calling thread's worker into the pool if there is room; 1 if it
 * is in (it will run the next thread it is handed once the current one has
 * ended), 0 if the worker must end. */
hidden int __wasix_pool_offer(struct wasix_worker *w);
/* Entry of a new worker (thread_spawn_v2): runs w->job, then what the pool
 * hands it. */
hidden void __wasix_worker_main(int rt_tid, void *w);
/* Continue the worker's loop on a fresh stack (pthread_exit from a nested
 * call: its frames are abandoned). */
hidden _Noreturn void __wasix_worker_loop(struct wasix_worker *w);
/* wasi_thread_start.s: set __stack_pointer to stack_top, then
 * __wasix_worker_loop(w). */
hidden _Noreturn void __wasix_worker_restart(void *stack_top, struct wasix_worker *w);
/* pthread_exit.c: end the calling thread (cleanup handlers, TSD
 * destructors, hand its result to the joiner). Returns only if may_park and
 * its worker went into the pool, after the thread's block was released. */
hidden void __wasix_thread_end(void *result, int may_park);
/* fork (child): forget the parked workers, which the child does not have. */
void __wasix_thread_pool_after_fork(void);
/* The thread id pthread_create gives a new thread (never the main
 * thread's; unique until 2^30 threads were made). */
hidden int __wasix_next_tid(void);

#endif
