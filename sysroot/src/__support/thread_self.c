/*
 * thread_self.c - the current thread's descriptor (musl's "thread pointer").
 *
 * wasm has no thread register, so pthread_arch.h reads this _Thread_local
 * pointer. Its initial value points at the main thread's descriptor; every
 * new thread's TLS starts as a copy of that image and thread_main
 * (pthread_create.c) overwrites it before any user code runs.
 */
#include "__support/wasix_thread.h"

hidden struct pthread __wasix_main_thread = {
	.self = &__wasix_main_thread,
	.prev = &__wasix_main_thread,
	.next = &__wasix_main_thread,
	.detach_state = DT_JOINABLE,
	.locale = &libc.global_locale,
	.robust_list.head = &__wasix_main_thread.robust_list.head,
};

_Thread_local struct pthread *__wasix_thread_self = &__wasix_main_thread;

/* The main thread's id is needed by recursive/errorcheck mutexes and stdio
 * locks (owner ids), possibly already in user constructors: run before
 * them (priorities up to 100 are reserved for the implementation). */
__attribute__((constructor(50)))
static void init_main_thread_id(void)
{
	/* Stored again: in a program linked with -fPIC the runtime's dynamic
	 * linker relocates a TLS initializer that points to ordinary data 16
	 * bytes short (the TLS block's offset), so the main thread's pointer
	 * would name the stdio data below its descriptor, and the first
	 * pthread_create would link the new thread into stderr's FILE. */
	__wasix_thread_self = &__wasix_main_thread;
	int tid = __wasix_thread_id();
	__wasix_main_thread.tid = tid > 0 ? tid : 1;
}

static volatile int last_tid;

/* The runtime's ids are those of workers, which run many threads; threads
 * get theirs from this counter. Below 2^30: musl keeps flags in the bits
 * above a tid in mutex words. */
int __wasix_next_tid(void)
{
	for (;;) {
		int tid = a_fetch_add(&last_tid, 1) + 1;
		if (tid >= 0x3fffffff) {
			a_cas(&last_tid, tid, 0);
			continue;
		}
		if (tid > 0 && tid != __wasix_main_thread.tid) return tid;
	}
}

/* gettid(): the calling thread's id (the main thread's before its
 * constructor ran: the runtime's). */
int __wasix_self_tid(void)
{
	int tid = __wasix_thread_self->tid;
	return tid > 0 ? tid : __wasix_thread_id();
}
