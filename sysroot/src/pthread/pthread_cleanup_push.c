/* pthread_cleanup_push.c - the functions behind the pthread_cleanup_push and
 * pthread_cleanup_pop macros. Replaces musl's file, whose versions call
 * hooks that only musl's pthread_create.c defines (the SDK has its own,
 * pthread/pthread_create.c), so they registered nothing. Handlers form a
 * list through the thread's cancelbuf, innermost first; pthread_exit
 * (pthread/pthread_exit.c) runs it. */
#include "pthread_impl.h"

void _pthread_cleanup_push(struct __ptcb *cb, void (*f)(void *), void *x)
{
	struct pthread *self = __pthread_self();
	cb->__f = f;
	cb->__x = x;
	cb->__next = self->cancelbuf;
	self->cancelbuf = cb;
}

void _pthread_cleanup_pop(struct __ptcb *cb, int run)
{
	__pthread_self()->cancelbuf = cb->__next;
	if (run) cb->__f(cb->__x);
}
