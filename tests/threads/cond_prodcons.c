/* cond_prodcons.c - producer/consumer on a bounded ring with two condition
 * variables (3 producers, 3 consumers), then a broadcast that wakes every
 * waiter. Every item is consumed exactly once.
 * EXPECT: consumed=30000 sum=450015000
 * EXPECT: broadcast woke 6 of 6
 * EXPECT: cond_prodcons: ok */
#include <pthread.h>
#include <string.h>
#include "check.h"

#define PRODUCERS 3
#define CONSUMERS 3
#define PER_PRODUCER 10000
#define CAP 8
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static int ring[CAP], head, count, producers_left = PRODUCERS;
static long long sum; static long consumed;
static unsigned char seen[PRODUCERS * PER_PRODUCER + 1];

static void *producer(void *arg) {
    int base = (int)(long)arg * PER_PRODUCER;
    for (int i = 1; i <= PER_PRODUCER; i++) {
        pthread_mutex_lock(&m);
        while (count == CAP) pthread_cond_wait(&not_full, &m);
        ring[(head + count) % CAP] = base + i;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    if (--producers_left == 0) pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    for (;;) {
        while (count == 0 && producers_left > 0) pthread_cond_wait(&not_empty, &m);
        if (count == 0) break;
        int v = ring[head]; head = (head + 1) % CAP; count--;
        if (seen[v]) CHECK(!"item consumed twice");
        seen[v] = 1; sum += v; consumed++;
        pthread_cond_signal(&not_full);
    }
    pthread_mutex_unlock(&m);
    return NULL;
}

static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int gate_open, waiting, woke;
static void *gate_waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    waiting++;
    while (!gate_open) pthread_cond_wait(&gate_cv, &m);
    woke++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void) {
    pthread_t p[PRODUCERS], c[CONSUMERS];
    for (long i = 0; i < CONSUMERS; i++) CHECK_EQ(pthread_create(&c[i], NULL, consumer, NULL), 0);
    for (long i = 0; i < PRODUCERS; i++) CHECK_EQ(pthread_create(&p[i], NULL, producer, (void *)i), 0);
    for (int i = 0; i < PRODUCERS; i++) pthread_join(p[i], NULL);
    for (int i = 0; i < CONSUMERS; i++) pthread_join(c[i], NULL);
    const long n = (long)PRODUCERS * PER_PRODUCER;
    printf("consumed=%ld sum=%lld\n", consumed, sum);
    CHECK_EQ(consumed, n);
    CHECK_EQ(sum, (long long)n * (n + 1) / 2);

    pthread_t g[6];
    for (int i = 0; i < 6; i++) CHECK_EQ(pthread_create(&g[i], NULL, gate_waiter, NULL), 0);
    for (;;) { pthread_mutex_lock(&m); int w = waiting; pthread_mutex_unlock(&m); if (w == 6) break; sleep_ms(1); }
    pthread_mutex_lock(&m); gate_open = 1; pthread_cond_broadcast(&gate_cv); pthread_mutex_unlock(&m);
    for (int i = 0; i < 6; i++) pthread_join(g[i], NULL);
    printf("broadcast woke %d of 6\n", woke);
    CHECK_EQ(woke, 6);
    return FINISH("cond_prodcons");
}
