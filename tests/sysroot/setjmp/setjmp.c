/* setjmp()/longjmp(): a jump from 40 frames deep, longjmp(env, 0) making
 * setjmp return 1, 100 jumps to the same buffer, nested buffers,
 * _setjmp/_longjmp, and setjmp in a second thread. (Under WASIX they work
 * over stack checkpoints, for which the driver asyncifies the program.) */
#include <pthread.h>
#include <setjmp.h>

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
        return -1;
    }
    return r;
}

static jmp_buf outer, inner;
static int nested(void) {
    volatile int trace = 0;
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

static volatile int global_counter;

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("deep.result", "%d", deep_jump(40, 42));
    RECORD("deep.reached", "%d", depth_reached);
    RECORD("longjmp_0.result", "%d", deep_jump(3, 0));

    global_counter = 0;
    int r = setjmp(env);
    if (r < 100) {
        global_counter++;
        longjmp(env, r + 1);
    }
    RECORD("repeated.result", "%d", r);
    RECORD("repeated.counter", "%d", global_counter);

    RECORD("nested.trace", "%d", nested());

    jmp_buf e2;
    int u = _setjmp(e2);
    if (u == 0) _longjmp(e2, 9);
    RECORD("underscore.result", "%d", u);

    pthread_t t;
    int out = 0;
    CHECK(pthread_create(&t, 0, thread_main, &out) == 0);
    CHECK(pthread_join(t, 0) == 0);
    RECORD("thread.result", "%d", out);
    return check_done();
}
