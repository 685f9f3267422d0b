/* pthread_cond_wait(): producer/consumer on a bounded ring with two
 * condition variables (3 producers, 3 consumers, 30000 items, each consumed
 * exactly once), then pthread_cond_broadcast waking all 6 waiters of a gate. */
#include <pthread.h>
#include <string.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

#define PRODUCERS 3
#define CONSUMERS 3
#define PER_PRODUCER 10000
#define CAP 8
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static int ring[CAP], head, count, producers_left = PRODUCERS;
static long long sum;
static long consumed, twice;
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
        int v = ring[head];
        head = (head + 1) % CAP;
        count--;
        if (seen[v]) twice++;
        seen[v] = 1;
        sum += v;
        consumed++;
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

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_cond_t unused;
    record_rc("cond.init", pthread_cond_init(&unused, NULL));
    record_rc("cond.signal.no_waiter", pthread_cond_signal(&unused));
    record_rc("cond.broadcast.no_waiter", pthread_cond_broadcast(&unused));
    record_rc("cond.destroy", pthread_cond_destroy(&unused));

    pthread_t p[PRODUCERS], c[CONSUMERS];
    for (long i = 0; i < CONSUMERS; i++) CHECK(pthread_create(&c[i], NULL, consumer, NULL) == 0);
    for (long i = 0; i < PRODUCERS; i++) CHECK(pthread_create(&p[i], NULL, producer, (void *)i) == 0);
    for (int i = 0; i < PRODUCERS; i++) CHECK(pthread_join(p[i], NULL) == 0);
    for (int i = 0; i < CONSUMERS; i++) CHECK(pthread_join(c[i], NULL) == 0);
    const long n = (long)PRODUCERS * PER_PRODUCER;
    RECORD("ring.consumed", "%ld", consumed);
    RECORD("ring.sum", "%lld", sum);
    RECORD("ring.consumed_twice", "%ld", twice);
    CHECK(consumed == n);
    CHECK(sum == (long long)n * (n + 1) / 2);

    pthread_t g[6];
    for (int i = 0; i < 6; i++) CHECK(pthread_create(&g[i], NULL, gate_waiter, NULL) == 0);
    long long t0 = check_now_ms();
    for (;;) {
        pthread_mutex_lock(&m);
        int w = waiting;
        pthread_mutex_unlock(&m);
        if (w == 6 || check_now_ms() - t0 > 20000) break;
        check_sleep_ms(1);
    }
    pthread_mutex_lock(&m);
    gate_open = 1;
    record_rc("gate.broadcast", pthread_cond_broadcast(&gate_cv));
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 6; i++) CHECK(pthread_join(g[i], NULL) == 0);
    RECORD("gate.woke", "%d of 6", woke);
    CHECK(woke == 6);
    return check_done();
}
