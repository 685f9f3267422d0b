/*
 * wasix_libc_glue.h - interface between the libc (C, musl conventions) and
 * the WASIX SDK glue in sysroot/src (C++, the only code that talks to the
 * runtime, through <wasix/wasix.hpp>).
 *
 * Included by the overlay arch/wasm32/syscall_arch.h (so by every musl
 * file that issues __syscall), by the C thread code in sysroot/src/thread and
 * by the C++ glue. Nothing here is installed in the sysroot.
 */
#ifndef WASIX_LIBC_GLUE_H
#define WASIX_LIBC_GLUE_H

#include <stddef.h>

/* Private "system call" numbers served by __wasix_syscall. The values are
 * arbitrary (they never leave the module); they equal the x86_64 Linux
 * numbers only to make traces familiar. */
#define SYS_sched_yield        24
#define SYS_gettid             186
#define SYS_futex              202
#define SYS_sched_getaffinity  204
#define SYS_set_robust_list    273
#define SYS_get_robust_list    274

#ifdef __cplusplus
#define WASIX_GLUE_NORETURN [[noreturn]]
extern "C" {
#else
#define WASIX_GLUE_NORETURN _Noreturn
#endif

/* syscall.cpp: musl's __syscall(n, ...) lands here. Returns a value >= 0
 * or -errno, like the Linux kernel would. */
long __wasix_syscall(long n, long a, long b, long c, long d, long e, long f);

/* futex.cpp. Wait while *addr == expected, at most timeout_ns nanoseconds
 * (timeout_ns < 0: no limit). Returns 0 (woken, or the value differed),
 * ETIMEDOUT, or another positive errno. */
int __wasix_futex_wait(volatile void *addr, int expected, long long timeout_ns);
/* Watch *addr for a short while; 0 once it no longer holds value, 1 if it
 * still does (then sleep with __wasix_futex_wait). */
int __wasix_spin_while(volatile void *addr, int value);
/* Wake up to count waiters (count < 0: all). */
void __wasix_futex_wake(volatile void *addr, int count);

/* thread_spawn.cpp. Start a thread: it runs entry(tid, arg) on the stack
 * whose upper end is stack_top, with its TLS block at tls_base. start_block
 * is 64 bytes of memory, 8-aligned, that must stay valid until the thread
 * has exited. Returns the new thread id (> 0) or -errno. */
int __wasix_thread_spawn(void *start_block, void *stack_top, size_t stack_size,
                         size_t guard_size, void *tls_base,
                         void (*entry)(int tid, void *arg), void *arg);
/* Size of the start block above. */
#define WASIX_THREAD_START_BLOCK_SIZE 64

/* thread_exit.cpp. Store 1 into *done and end the calling thread without
 * touching its stack or TLS again (so another thread may free them as soon
 * as it sees *done == 1). */
WASIX_GLUE_NORETURN void __wasix_thread_exit_final(volatile int *done);

/* thread_self.c: gettid() */
int __wasix_self_tid(void);

/* thread_info.cpp */
int __wasix_thread_id(void);          /* current thread id, or -errno */
int __wasix_thread_parallelism(void); /* >= 1 */
int __wasix_sched_yield(void);        /* 0 or errno */

/* unistd/isatty.cpp: 1 if fd is a terminal, else 0 with errno set
 * (ENOTTY, EBADF). Used by the termios and ioctl functions. */
int __wasix_is_tty(int fd);

/* Linker-defined bounds of the main thread's stack. */
extern unsigned char __stack_low __attribute__((__weak__));
extern unsigned char __stack_high __attribute__((__weak__));

#ifdef __cplusplus
}
#endif

#endif
