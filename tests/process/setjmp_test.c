/* setjmp_test.c - setjmp/longjmp over stack_checkpoint/stack_restore:
 * from 40 frames deep, repeated, nested, longjmp(env, 0) returning 1,
 * sigsetjmp/siglongjmp restoring the mask, and setjmp in a second thread. */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>

#include "check.h"

static jmp_buf env;
static int depth_reached;

__attribute__((noinline)) static int dive(int n, jmp_buf where, int val) {
    volatile char pad[32];
    pad[0] = (char)n;
    if (n == 0) {
        depth_reached = 1;
        longjmp(where, val);
    }
    return dive(n - 1, where, val) + pad[0];
}

static int deep_jump(int frames, int val) {
    int r = setjmp(env);
    if (r == 0) {
        dive(frames, env, val);
        return -1; /* not reached */
    }
    return r;
}

static jmp_buf outer, inner;
static int nested(void) {
    int trace = 0;
    if (setjmp(outer) == 0) {
        if (setjmp(inner) == 0) {
            trace += 1;
            longjmp(inner, 5);
        } else {
            trace += 10;
            longjmp(outer, 7);
        }
    } else {
        trace += 100;
    }
    return trace;
}

static void *thread_main(void *arg) {
    jmp_buf tenv;
    volatile int count = 0;
    int r = setjmp(tenv);
    if (r < 3) {
        count++;
        longjmp(tenv, r + 1);
    }
    *(int *)arg = r * 10 + count;
    return 0;
}

static int global_counter;

int main(void) {
    /* from 40 frames deep */
    depth_reached = 0;
    CHECK(deep_jump(40, 42) == 42);
    CHECK(depth_reached == 1);

    /* longjmp(env, 0) makes setjmp return 1 */
    CHECK(deep_jump(3, 0) == 1);

    /* repeated: 100 jumps to the same buffer */
    global_counter = 0;
    int r = setjmp(env);
    if (r < 100) {
        global_counter++;
        longjmp(env, r + 1);
    }
    CHECK(r == 100);
    CHECK(global_counter == 100);

    /* nested buffers */
    CHECK(nested() == 100);

    /* sigsetjmp(…, 1) restores the signal mask */
    sigjmp_buf senv;
    sigset_t set, cur;
    sigemptyset(&set);
    CHECK(sigprocmask(SIG_SETMASK, &set, 0) == 0);
    if (sigsetjmp(senv, 1) == 0) {
        sigaddset(&set, SIGUSR1);
        CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
        siglongjmp(senv, 1);
    }
    CHECK(sigprocmask(SIG_BLOCK, 0, &cur) == 0);
    CHECK(sigismember(&cur, SIGUSR1) == 0);

    /* _setjmp/_longjmp */
    jmp_buf e2;
    if (_setjmp(e2) == 0) _longjmp(e2, 9);

    /* setjmp in a threaded program */
    pthread_t t;
    int out = 0;
    CHECK(pthread_create(&t, 0, thread_main, &out) == 0);
    CHECK(pthread_join(t, 0) == 0);
    CHECK(out == 33);
    CHECK_DONE("setjmp_test");
}
