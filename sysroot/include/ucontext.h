/* WASIX SDK: <ucontext.h> (wasi-libc leaves it out). Each context made by
 * makecontext is a runtime context (WASIX context_create) with a wasm stack
 * of its own; uc_stack is its C stack (locals whose address is taken).
 * sysroot/src/ucontext/ says what matches Linux and what cannot. */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H

#include <signal.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Arguments makecontext passes on: POSIX says int, and up to this many. */
#define __WASIX_MAKECONTEXT_MAX_ARGS 6

typedef struct {
    unsigned long long __id;   /* the runtime context (0: the thread's own) */
    void (*__func)(void);
    int __argc;
    int __args[__WASIX_MAKECONTEXT_MAX_ARGS];
    int __error;               /* errno a switch to this context reports */
    int __state;
} mcontext_t;

typedef struct ucontext_t {
    unsigned long uc_flags;
    struct ucontext_t *uc_link;
    stack_t uc_stack;
    mcontext_t uc_mcontext;
    sigset_t uc_sigmask;
} ucontext_t;

int getcontext(ucontext_t *);
int setcontext(const ucontext_t *);
void makecontext(ucontext_t *, void (*)(void), int, ...);
int swapcontext(ucontext_t *__restrict, const ucontext_t *__restrict);

#ifdef __cplusplus
}
#endif

#endif
