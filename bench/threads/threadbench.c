/* threadbench.c - thread benchmarks, the same source built for WASIX (run by
 * wasix-run) and natively (gcc -O2 -pthread). Every measurement runs for a
 * fixed wall time (argv[1] seconds, default 0.5) and prints one line
 * "NAME VALUE" (operations per second); argv[2], if given, names the one
 * measurement to run:
 *   create_join      pthread_create + pthread_join of an empty thread, one after another
 *                    (after one untimed create + join: the steady state, not the first
 *                    thread start)
 *   handoff          strict mutex hand-offs between 2 threads (a turn variable under one
 *                    mutex and a condition variable each; every hand-off wakes the other)
 *   contended_lock   lock/increment/unlock of one mutex by 4 threads at once (total ops)
 *   malloc_T         malloc+free pairs (16..4096 bytes, 64 live blocks per thread) by T
 *                    threads at once, T = 1, 2, 4, 8 (total ops) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double secs = 0.5;
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
static volatile int stop;

static void *nop(void *a) { return a; }
static void bench_create_join(void) {
    pthread_t first;
    if (pthread_create(&first, NULL, nop, NULL)) { puts("create failed"); exit(1); }
    pthread_join(first, NULL);
    long n = 0;
    double t0 = now(), t;
    do {
        for (int i = 0; i < 16; i++) { pthread_t th; if (pthread_create(&th, NULL, nop, NULL)) { puts("create failed"); exit(1); } pthread_join(th, NULL); }
        n += 16;
    } while ((t = now()) - t0 < secs);
    printf("create_join %.0f\n", n / (t - t0));
}

static pthread_mutex_t hm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t hc[2] = { PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER };
static int turn; static long handoffs;
static void *handoff_side(void *arg) {
    int me = (int)(long)arg;
    pthread_mutex_lock(&hm);
    for (;;) {
        while (turn != me && !stop) pthread_cond_wait(&hc[me], &hm);
        if (stop) break;
        turn = !me; handoffs++;
        pthread_cond_signal(&hc[!me]);
    }
    pthread_cond_signal(&hc[!me]);
    pthread_mutex_unlock(&hm);
    return NULL;
}
static void bench_handoff(void) {
    pthread_t a, b;
    stop = 0; handoffs = 0; turn = 0;
    double t0 = now();
    pthread_create(&a, NULL, handoff_side, (void *)0L);
    pthread_create(&b, NULL, handoff_side, (void *)1L);
    struct timespec d = { (time_t)secs, (long)((secs - (time_t)secs) * 1e9) };
    nanosleep(&d, NULL);
    pthread_mutex_lock(&hm); stop = 1; long n = handoffs;
    pthread_cond_broadcast(&hc[0]); pthread_cond_broadcast(&hc[1]); pthread_mutex_unlock(&hm);
    double t = now();
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("handoff %.0f\n", n / (t - t0));
}

static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static long shared_counter;
static void *contender(void *arg) {
    long *mine = arg;
    while (!stop) for (int i = 0; i < 64; i++) { pthread_mutex_lock(&cm); shared_counter++; pthread_mutex_unlock(&cm); (*mine)++; }
    return NULL;
}
static void run_timed(int nthreads, void *(*fn)(void *), long *counts, const char *name) {
    pthread_t th[8];
    stop = 0;
    for (int i = 0; i < nthreads; i++) counts[i * 16] = 0;
    double t0 = now();
    for (int i = 0; i < nthreads; i++) pthread_create(&th[i], NULL, fn, &counts[i * 16]);
    struct timespec d = { (time_t)secs, (long)((secs - (time_t)secs) * 1e9) };
    nanosleep(&d, NULL);
    stop = 1;
    for (int i = 0; i < nthreads; i++) pthread_join(th[i], NULL);
    double t = now();
    long total = 0;
    for (int i = 0; i < nthreads; i++) total += counts[i * 16];
    printf("%s %.0f\n", name, total / (t - t0));
}

static void *mallocer(void *arg) {
    long *mine = arg;
    void *live[64] = {0};
    unsigned seed = (unsigned)(size_t)arg;
    while (!stop) {
        for (int i = 0; i < 64; i++) {
            seed = seed * 1103515245u + 12345u;
            int s = (seed >> 10) & 63;
            free(live[s]);
            live[s] = malloc(16 + (seed >> 16) % 4081);
            if (!live[s]) { puts("malloc failed"); exit(1); }
            *(volatile char *)live[s] = 1;
        }
        *mine += 64;
    }
    for (int i = 0; i < 64; i++) free(live[i]);
    return NULL;
}

int main(int argc, char **argv) {
    static long counts[8 * 16];      /* one cache line apart */
    if (argc > 1) secs = atof(argv[1]);
    if (argc > 2 && strcmp(argv[2], "create_join") == 0) {
        bench_create_join();
        return 0;
    }
    bench_create_join();
    bench_handoff();
    run_timed(4, contender, counts, "contended_lock");
    const int ts[] = { 1, 2, 4, 8 };
    for (int i = 0; i < 4; i++) {
        char name[32];
        snprintf(name, sizeof name, "malloc_%d", ts[i]);
        run_timed(ts[i], mallocer, counts, name);
    }
    return 0;
}
