/* sem_wait() and POSIX semaphores: counting (sem_trywait until EAGAIN,
 * sem_getvalue), an initial value above SEM_VALUE_MAX (EINVAL), a 2000-round
 * ping-pong between two threads, and a semaphore as a 2-slot pool that never
 * has more than 2 holders. */
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>

#include "check.h"

static sem_t ping, pong, pool;
static int pings, holders, max_holders;

static void *ponger(void *arg) {
    (void)arg;
    for (int i = 0; i < 2000; i++) {
        sem_wait(&ping);
        pings++;
        sem_post(&pong);
    }
    return NULL;
}

static void *pool_user(void *arg) {
    (void)arg;
    for (int i = 0; i < 200; i++) {
        sem_wait(&pool);
        int h = __atomic_add_fetch(&holders, 1, __ATOMIC_SEQ_CST);
        int m = __atomic_load_n(&max_holders, __ATOMIC_SEQ_CST);
        while (h > m && !__atomic_compare_exchange_n(&max_holders, &m, h, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        }
        if (i % 50 == 0) check_sleep_ms(1);
        __atomic_sub_fetch(&holders, 1, __ATOMIC_SEQ_CST);
        sem_post(&pool);
    }
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    sem_t s;
    int v = -1;
    CALL("init.too_big", sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1u));
    CALL("init.3", sem_init(&s, 0, 3));
    CALL("getvalue.3", sem_getvalue(&s, &v));
    RECORD("value.initial", "%d", v);
    CALL("trywait.1", sem_trywait(&s));
    CALL("trywait.2", sem_trywait(&s));
    CALL("wait.3", sem_wait(&s));
    CALL("trywait.empty", sem_trywait(&s));
    CALL("post", sem_post(&s));
    sem_getvalue(&s, &v);
    RECORD("value.after_post", "%d", v);
    CALL("destroy", sem_destroy(&s));

    pthread_t t[4];
    CHECK(sem_init(&ping, 0, 0) == 0);
    CHECK(sem_init(&pong, 0, 0) == 0);
    CHECK(sem_init(&pool, 0, 2) == 0);
    CHECK(pthread_create(&t[0], NULL, ponger, NULL) == 0);
    for (int i = 0; i < 2000; i++) {
        sem_post(&ping);
        sem_wait(&pong);
    }
    CHECK(pthread_join(t[0], NULL) == 0);
    RECORD("pingpong.rounds", "%d", pings);
    for (int i = 0; i < 4; i++) CHECK(pthread_create(&t[i], NULL, pool_user, NULL) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_join(t[i], NULL) == 0);
    RECORD("pool.never_above_2_holders", "%s", max_holders >= 1 && max_holders <= 2 ? "yes" : "no");
    sem_getvalue(&pool, &v);
    RECORD("pool.value_after", "%d", v);
    return check_done();
}
