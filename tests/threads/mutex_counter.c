/* mutex_counter.c - N threads x M increments under one mutex give the exact
 * total; a trylock loop on a second counter too.
 * EXPECT: total=160000
 * EXPECT: trylock_total=40000
 * EXPECT: mutex_counter: ok */
#include <pthread.h>
#include <errno.h>
#include "check.h"

#define N 8
#define M 20000
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;
static volatile long total, total2;

static void *worker(void *arg) {
    long id = (long)arg;
    pthread_barrier_wait(&start);
    for (int i = 0; i < M; i++) {
        CHECK_EQ(pthread_mutex_lock(&lock), 0);
        long v = total;          /* read-modify-write that races without the lock */
        total = v + 1;
        CHECK_EQ(pthread_mutex_unlock(&lock), 0);
    }
    for (int i = 0; i < M / 4; i++) {
        int r;
        while ((r = pthread_mutex_trylock(&lock2)) == EBUSY) {}
        CHECK_EQ(r, 0);
        total2 = total2 + 1;
        pthread_mutex_unlock(&lock2);
    }
    return (void *)(id * 3);
}

int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&start, NULL, N);
    for (long i = 0; i < N; i++) CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
    for (long i = 0; i < N; i++) {
        void *r = NULL;
        CHECK_EQ(pthread_join(t[i], &r), 0);
        CHECK_EQ((long)r, i * 3);
    }
    printf("total=%ld\n", total);
    printf("trylock_total=%ld\n", total2);
    CHECK_EQ(total, (long)N * M);
    CHECK_EQ(total2, (long)N * (M / 4));
    return FINISH("mutex_counter");
}
