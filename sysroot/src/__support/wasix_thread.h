/*
 * wasix_thread.h - private to the SDK's thread implementation (C, because it
 * works on musl's internal struct pthread).
 *
 * Memory of a thread created by pthread_create: one malloc block
 *
 *   [ stack (grows down from its upper end) ][ struct wasix_thread ]
 *   [ TSD slots ][ TLS block, aligned to __tls_align ]
 *
 * (without the stack part when the caller supplied a stack). The block is
 * freed by pthread_join, or, for a detached thread, by the next
 * pthread_create/pthread_exit after the thread has really gone (done == 1).
 */
#ifndef WASIX_THREAD_H
#define WASIX_THREAD_H

#include "pthread_impl.h"
#include "__support/wasix_libc_glue.h"

struct wasix_thread {
	struct pthread pt;              /* first: a pthread_t points here */
	volatile int done;              /* 1 once the thread no longer runs */
	struct wasix_thread *next_retired;
	void *(*start)(void *);
	void *arg;
	_Alignas(8) unsigned char start_block[WASIX_THREAD_START_BLOCK_SIZE];
};

/* The main thread's descriptor (thread_self.c); it is never freed. */
extern hidden struct pthread __wasix_main_thread;

/* thread_reclaim.c */
hidden void __wasix_thread_retire(struct wasix_thread *);
hidden void __wasix_thread_reclaim(void);
hidden void __wasix_thread_wait_gone(struct wasix_thread *);

/* thread_list.c: the main thread waits here in pthread_exit. */
hidden void __wasix_thread_list_remove(struct pthread *);

#endif
