/*
 * syscall_arch.h for wasm32 (WASIX SDK overlay).
 *
 * WASI has no system calls. musl's thread code (src/thread) is compiled
 * unmodified, and it talks to the kernel through __syscall(SYS_futex, ...),
 * __syscall(SYS_sched_yield) and a few more. All of these go to one
 * dispatcher, __wasix_syscall (sysroot/src/__support/syscall.cpp), which serves
 * the handful of requests musl makes on top of WASIX calls (futex_wait and
 * futex_wake, sched_yield, thread_id, thread_parallelism) and answers
 * -ENOSYS to everything else, which musl already handles as "feature not
 * available". The SYS_ numbers are private to this libc and come from
 * __support/wasix_libc_glue.h (sysroot/src), because the public
 * <sys/syscall.h> of WASI deliberately defines none.
 */

#include "__support/wasix_libc_glue.h"

static inline long __syscall0(long n)
{
	return __wasix_syscall(n, 0, 0, 0, 0, 0, 0);
}

static inline long __syscall1(long n, long a)
{
	return __wasix_syscall(n, a, 0, 0, 0, 0, 0);
}

static inline long __syscall2(long n, long a, long b)
{
	return __wasix_syscall(n, a, b, 0, 0, 0, 0);
}

static inline long __syscall3(long n, long a, long b, long c)
{
	return __wasix_syscall(n, a, b, c, 0, 0, 0);
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	return __wasix_syscall(n, a, b, c, d, 0, 0);
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	return __wasix_syscall(n, a, b, c, d, e, 0);
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	return __wasix_syscall(n, a, b, c, d, e, f);
}
