/*
 * pthread_arch.h for wasm32 (WASIX SDK overlay).
 *
 * Replaces the Debian snapshot's stub (#error under _REENTRANT, and a
 * __pthread_self() that returns (struct pthread *)-1).
 *
 * wasm has no thread-pointer register. musl's "thread pointer" is therefore
 * a _Thread_local pointer to the current thread's descriptor. Its static
 * initial value is the main thread's descriptor (see
 * sysroot/src/__support/thread_self.c); a new thread's TLS block starts as a
 * copy of that image, and the thread entry code overwrites the pointer with
 * the new descriptor before running any user code.
 */

extern _Thread_local struct __pthread *__wasix_thread_self;

static inline uintptr_t __get_tp(void)
{
	return (uintptr_t)__wasix_thread_self;
}

/* Offsets in TLS are 32-bit on wasm32. */
#define tls_mod_off_t unsigned long long
