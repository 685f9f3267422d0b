/*
 * pthread_getattr_np.c - the attributes of a running thread, including its
 * stack (upper end and size), as used by garbage collectors and stack-depth
 * checks. The main thread's stack is the one wasm-ld lays out, between
 * __stack_low and __stack_high.
 */
#define _GNU_SOURCE
#include "__support/wasix_thread.h"

extern unsigned char __stack_low;
extern unsigned char __stack_high;

int pthread_getattr_np(pthread_t t, pthread_attr_t *a)
{
	*a = (pthread_attr_t){ 0 };
	a->_a_detach = t->detach_state >= DT_DETACHED;
	a->_a_guardsize = t->guard_size;
	if (t->stack) {
		a->_a_stackaddr = (uintptr_t)t->stack;
		a->_a_stacksize = t->stack_size;
	} else {
		a->_a_stackaddr = (uintptr_t)&__stack_high;
		a->_a_stacksize = (size_t)(&__stack_high - &__stack_low);
	}
	return 0;
}
