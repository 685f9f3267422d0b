/* WASIX SDK: <sched.h> = wasi-libc's header (moved to <__wasilibc/sched.h>
 * by the build hook) plus the CPU affinity interface (GNU), which it hides:
 * the process may run on the runtime's thread_parallelism() CPUs
 * (sysroot/src/sched/). */
#ifndef _WASIX_SCHED_H
#define _WASIX_SCHED_H

#include <__wasilibc/sched.h>

#ifdef _GNU_SOURCE
#ifdef __cplusplus
extern "C" {
#endif

#define CPU_SETSIZE 128
typedef struct cpu_set_t { unsigned long __bits[CPU_SETSIZE / (8 * sizeof(long))]; } cpu_set_t;

int __sched_cpucount(size_t, const cpu_set_t *);
int sched_getaffinity(pid_t, size_t, cpu_set_t *);
int sched_setaffinity(pid_t, size_t, const cpu_set_t *);

#define __CPU_BITS (8 * sizeof(unsigned long))
#define __CPU_OP_S(i, size, set, op) ((size_t)(i) / 8 >= (size) ? 0 : \
	(((unsigned long *)(set))[(size_t)(i) / __CPU_BITS] op (1UL << ((size_t)(i) % __CPU_BITS))))
#define CPU_SET_S(i, size, set) __CPU_OP_S(i, size, set, |=)
#define CPU_CLR_S(i, size, set) __CPU_OP_S(i, size, set, &= ~)
#define CPU_ISSET_S(i, size, set) (__CPU_OP_S(i, size, set, &) != 0)
#define CPU_ZERO_S(size, set) __builtin_memset(set, 0, size)
#define CPU_COUNT_S(size, set) __sched_cpucount(size, set)
#define CPU_EQUAL_S(size, a, b) (__builtin_memcmp(a, b, size) == 0)
#define CPU_ALLOC_SIZE(n) (sizeof(unsigned long) * (((n) + __CPU_BITS - 1) / __CPU_BITS))
#define CPU_ALLOC(n) ((cpu_set_t *)__builtin_calloc(1, CPU_ALLOC_SIZE(n)))
#define CPU_FREE(set) __builtin_free(set)

#define CPU_SET(i, set) CPU_SET_S(i, sizeof(cpu_set_t), set)
#define CPU_CLR(i, set) CPU_CLR_S(i, sizeof(cpu_set_t), set)
#define CPU_ISSET(i, set) CPU_ISSET_S(i, sizeof(cpu_set_t), set)
#define CPU_ZERO(set) CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_COUNT(set) CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_EQUAL(a, b) CPU_EQUAL_S(sizeof(cpu_set_t), a, b)

#ifdef __cplusplus
}
#endif
#endif

#endif
