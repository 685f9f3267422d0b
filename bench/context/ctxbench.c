/* ctxbench.c - the cost of a context switch: N round trips (main -> context -> main) through
 * swapcontext, between main and one context made by makecontext.
 * Usage: ctxbench N. Prints "switch_round_trip: <nanoseconds per round trip> ns". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <ucontext.h>

static ucontext_t main_uc, ctx_uc;
static long rounds;
static char stack[64 * 1024];

static void body(void) {
    for (;;) {
        ++rounds;
        swapcontext(&ctx_uc, &main_uc);
    }
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    const long n = argc > 1 ? atol(argv[1]) : 100000;
    if (getcontext(&ctx_uc) != 0) return 1;
    ctx_uc.uc_stack.ss_sp = stack;
    ctx_uc.uc_stack.ss_size = sizeof stack;
    ctx_uc.uc_link = &main_uc;
    makecontext(&ctx_uc, body, 0);
    swapcontext(&main_uc, &ctx_uc); /* the first switch starts the context: not timed */
    const double t0 = now_ns();
    for (long i = 0; i < n; ++i)
        if (swapcontext(&main_uc, &ctx_uc) != 0) return 1;
    const double per = (now_ns() - t0) / (double)n;
    if (rounds != n + 1) return 1;
    printf("switch_round_trip: %.1f ns\n", per);
    return 0;
}
