/* sjbench.c MODE N - the cost of setjmp/longjmp, one number per run:
 *   setjmp N    setjmp that returns directly (no longjmp)
 *   longjmp N   setjmp, then longjmp to it from 8 non-inlined frames down
 * Prints "<mode> <ns per iteration>". Built twice by run.sh: with the default exception-based
 * lowering and with -fno-wasix-sjlj (setjmp over stack_checkpoint, asyncified). */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static volatile int sink;
static jmp_buf env;

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

__attribute__((noinline)) static void down(int n) {
    if (n == 0) longjmp(env, 1);
    down(n - 1);
    sink = sink + 1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: sjbench setjmp|longjmp N\n");
        return 2;
    }
    const int jump = strcmp(argv[1], "longjmp") == 0;
    const long n = atol(argv[2]);
    long back = 0;
    const double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        if (setjmp(env) == 0) {
            if (jump) down(8);
            sink = sink + 1;
        } else {
            back++;
        }
    }
    const double t1 = now_ns();
    if (jump && back != n) return 1;
    printf("%s %.2f\n", argv[1], (t1 - t0) / n);
    return 0;
}
