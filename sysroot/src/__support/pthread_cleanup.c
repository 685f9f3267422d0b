/* pthread_cleanup.c - the two hooks musl's pthread_cleanup_push/_pop call
 * (its own definitions live in its pthread_create.c, which the SDK replaces
 * with pthread/pthread_create.c; without these, the weak no-ops of
 * pthread_cleanup_push.c would be linked and pthread_exit would find no
 * handlers). Handlers form a list through the thread's cancelbuf, innermost
 * first; pthread/pthread_exit.c runs it. */
#include "pthread_impl.h"

void __do_cleanup_push(struct __ptcb *cb)
{
	struct pthread *self = __pthread_self();
	cb->__next = self->cancelbuf;
	self->cancelbuf = cb;
}

void __do_cleanup_pop(struct __ptcb *cb)
{
	__pthread_self()->cancelbuf = cb->__next;
}
