/* barrier_spin_sem.c - barriers, spinlocks and POSIX semaphores.
 * barrier: 5 threads x 50 rounds; after each barrier every thread sees all
 *   slots of the round written, and exactly one thread per round gets
 *   PTHREAD_BARRIER_SERIAL_THREAD.
 * spinlock: 4 threads x 20000 increments under a spinlock; trylock EBUSY.
 * semaphores: counting (trywait until EAGAIN, getvalue), a 2000-round
 *   ping-pong between two threads, and a semaphore as a 2-slot resource pool
 *   that never has more than 2 holders.
 * EXPECT: barrier: 50 rounds, serial=50, stale=0
 * EXPECT: spin: counter=80000
 * EXPECT: sem: pingpong=2000 pool never above 2 holders: yes
 * EXPECT: barrier_spin_sem: ok */
#include <pthread.h>
#include <semaphore.h>
#include <errno.h>
#include "check.h"

#define BT 5
#define ROUNDS 50
static pthread_barrier_t bar;
static volatile int slot[BT];
static int serial, stale;
static void *barrier_worker(void *arg) {
    int id = (int)(long)arg;
    for (int r = 1; r <= ROUNDS; r++) {
        slot[id] = r;
        int x = pthread_barrier_wait(&bar);
        CHECK(x == 0 || x == PTHREAD_BARRIER_SERIAL_THREAD);
        if (x == PTHREAD_BARRIER_SERIAL_THREAD) __atomic_fetch_add(&serial, 1, __ATOMIC_SEQ_CST);
        for (int k = 0; k < BT; k++) if (slot[k] != r) __atomic_fetch_add(&stale, 1, __ATOMIC_SEQ_CST);
        pthread_barrier_wait(&bar);   /* nobody writes round r+1 before all checked round r */
    }
    return NULL;
}

static pthread_spinlock_t spin;
static volatile long spin_counter;
static void *spin_worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        pthread_spin_lock(&spin);
        spin_counter = spin_counter + 1;
        pthread_spin_unlock(&spin);
    }
    return NULL;
}

static sem_t ping, pong, pool;
static int pings, holders, max_holders;
static void *ponger(void *arg) {
    (void)arg;
    for (int i = 0; i < 2000; i++) { sem_wait(&ping); pings++; sem_post(&pong); }
    return NULL;
}
static void *pool_user(void *arg) {
    (void)arg;
    for (int i = 0; i < 200; i++) {
        sem_wait(&pool);
        int h = __atomic_add_fetch(&holders, 1, __ATOMIC_SEQ_CST);
        int m = __atomic_load_n(&max_holders, __ATOMIC_SEQ_CST);
        while (h > m && !__atomic_compare_exchange_n(&max_holders, &m, h, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {}
        if (i % 50 == 0) sleep_ms(1);
        __atomic_sub_fetch(&holders, 1, __ATOMIC_SEQ_CST);
        sem_post(&pool);
    }
    return NULL;
}

int main(void) {
    pthread_t t[BT];
    CHECK_EQ(pthread_barrier_init(&bar, NULL, BT), 0);
    for (long i = 0; i < BT; i++) CHECK_EQ(pthread_create(&t[i], NULL, barrier_worker, (void *)i), 0);
    for (int i = 0; i < BT; i++) pthread_join(t[i], NULL);
    printf("barrier: %d rounds, serial=%d, stale=%d\n", ROUNDS, serial, stale);
    CHECK_EQ(serial, ROUNDS); CHECK_EQ(stale, 0);
    CHECK_EQ(pthread_barrier_destroy(&bar), 0);

    CHECK_EQ(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
    CHECK_EQ(pthread_spin_lock(&spin), 0);
    CHECK_EQ(pthread_spin_trylock(&spin), EBUSY);
    CHECK_EQ(pthread_spin_unlock(&spin), 0);
    CHECK_EQ(pthread_spin_trylock(&spin), 0);
    CHECK_EQ(pthread_spin_unlock(&spin), 0);
    for (int i = 0; i < 4; i++) CHECK_EQ(pthread_create(&t[i], NULL, spin_worker, NULL), 0);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("spin: counter=%ld\n", spin_counter);
    CHECK_EQ(spin_counter, 80000);
    CHECK_EQ(pthread_spin_destroy(&spin), 0);

    sem_t s; int v = -1;
    CHECK_EQ(sem_init(&s, 0, 3), 0);
    CHECK_EQ(sem_getvalue(&s, &v), 0); CHECK_EQ(v, 3);
    for (int i = 0; i < 3; i++) CHECK_EQ(sem_trywait(&s), 0);
    errno = 0;
    CHECK_EQ(sem_trywait(&s), -1); CHECK_EQ(errno, EAGAIN);
    CHECK_EQ(sem_post(&s), 0);
    sem_getvalue(&s, &v); CHECK_EQ(v, 1);
    CHECK_EQ(sem_destroy(&s), 0);

    sem_init(&ping, 0, 0); sem_init(&pong, 0, 0); sem_init(&pool, 0, 2);
    CHECK_EQ(pthread_create(&t[0], NULL, ponger, NULL), 0);
    for (int i = 0; i < 2000; i++) { sem_post(&ping); sem_wait(&pong); }
    pthread_join(t[0], NULL);
    for (int i = 0; i < 4; i++) CHECK_EQ(pthread_create(&t[i], NULL, pool_user, NULL), 0);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("sem: pingpong=%d pool never above 2 holders: %s\n", pings, max_holders >= 1 && max_holders <= 2 ? "yes" : "no");
    CHECK_EQ(pings, 2000); CHECK(max_holders >= 1 && max_holders <= 2);
    return FINISH("barrier_spin_sem");
}
