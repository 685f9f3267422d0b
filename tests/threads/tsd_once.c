/* tsd_once.c - thread-specific data and pthread_once:
 * key destructors run once per thread with that thread's value (also after
 * pthread_exit), not for NULL values, again when a destructor sets a new
 * value, and not after pthread_key_delete; pthread_once runs its routine once
 * even when 8 threads race for it, and every caller sees it completed.
 * EXPECT: destructors=8 values_ok=8
 * EXPECT: rearmed destructor calls=2
 * EXPECT: once_calls=1 callers_saw_done=8
 * EXPECT: tsd_once: ok */
#include <pthread.h>
#include <stdlib.h>
#include "check.h"

#define N 8
static pthread_key_t key, key2, key3;
static int dtor_calls, dtor_values_ok, rearm_calls, deleted_calls;
static pthread_barrier_t bar;

static void dtor(void *p) {
    int *v = p;
    __atomic_fetch_add(&dtor_calls, 1, __ATOMIC_SEQ_CST);
    if (*v >= 100 && *v < 100 + N) __atomic_fetch_add(&dtor_values_ok, 1, __ATOMIC_SEQ_CST);
    CHECK(pthread_getspecific(key) == NULL);   /* cleared before the call */
    free(v);
}
static void rearm_dtor(void *p) {
    int n = __atomic_add_fetch(&rearm_calls, 1, __ATOMIC_SEQ_CST);
    if (n == 1) pthread_setspecific(key2, p);  /* set again: called once more */
}
static void deleted_dtor(void *p) { (void)p; __atomic_fetch_add(&deleted_calls, 1, __ATOMIC_SEQ_CST); }

static void *worker(void *arg) {
    long id = (long)arg;
    int *v = malloc(sizeof *v);
    *v = 100 + (int)id;
    CHECK(pthread_getspecific(key) == NULL);
    CHECK_EQ(pthread_setspecific(key, v), 0);
    pthread_barrier_wait(&bar);
    CHECK(pthread_getspecific(key) == v);       /* not overwritten by others */
    if (id % 2) pthread_exit(NULL);              /* destructors run on pthread_exit too */
    return NULL;
}
static void *null_value(void *arg) { (void)arg; pthread_setspecific(key, NULL); return NULL; }
static void *rearm(void *arg) { (void)arg; pthread_setspecific(key2, (void *)1); return NULL; }
static void *uses_deleted(void *arg) {   /* set, let main delete the key, exit */
    (void)arg; pthread_setspecific(key3, (void *)1);
    pthread_barrier_wait(&bar); pthread_barrier_wait(&bar); return NULL;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_calls, once_done, saw_done;
static void once_fn(void) {
    __atomic_fetch_add(&once_calls, 1, __ATOMIC_SEQ_CST);
    sleep_ms(30);                      /* the others must wait for completion */
    __atomic_store_n(&once_done, 1, __ATOMIC_SEQ_CST);
}
static void *once_worker(void *arg) {
    (void)arg;
    pthread_barrier_wait(&bar);
    CHECK_EQ(pthread_once(&once, once_fn), 0);
    if (__atomic_load_n(&once_done, __ATOMIC_SEQ_CST)) __atomic_fetch_add(&saw_done, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    CHECK_EQ(pthread_key_create(&key, dtor), 0);
    CHECK_EQ(pthread_key_create(&key2, rearm_dtor), 0);
    CHECK_EQ(pthread_key_create(&key3, deleted_dtor), 0);
    int mine = 7;
    pthread_setspecific(key, &mine);               /* main's value is separate */
    pthread_barrier_init(&bar, NULL, N);
    for (long i = 0; i < N; i++) CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
    for (int i = 0; i < N; i++) CHECK_EQ(pthread_join(t[i], NULL), 0);
    CHECK(pthread_getspecific(key) == &mine);
    printf("destructors=%d values_ok=%d\n", dtor_calls, dtor_values_ok);
    CHECK_EQ(dtor_calls, N); CHECK_EQ(dtor_values_ok, N);

    CHECK_EQ(pthread_create(&t[0], NULL, null_value, NULL), 0);
    pthread_join(t[0], NULL);
    CHECK_EQ(dtor_calls, N);                        /* NULL value: no call */

    CHECK_EQ(pthread_create(&t[0], NULL, rearm, NULL), 0);
    pthread_join(t[0], NULL);
    printf("rearmed destructor calls=%d\n", rearm_calls);
    CHECK_EQ(rearm_calls, 2);

    pthread_barrier_destroy(&bar);
    pthread_barrier_init(&bar, NULL, 2);
    CHECK_EQ(pthread_create(&t[0], NULL, uses_deleted, NULL), 0);
    pthread_barrier_wait(&bar);
    CHECK_EQ(pthread_key_delete(key3), 0);
    pthread_barrier_wait(&bar);
    pthread_join(t[0], NULL);
    CHECK_EQ(deleted_calls, 0);

    pthread_barrier_destroy(&bar);
    pthread_barrier_init(&bar, NULL, N);
    for (int i = 0; i < N; i++) CHECK_EQ(pthread_create(&t[i], NULL, once_worker, NULL), 0);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    CHECK_EQ(pthread_once(&once, once_fn), 0);
    printf("once_calls=%d callers_saw_done=%d\n", once_calls, saw_done);
    CHECK_EQ(once_calls, 1); CHECK_EQ(saw_done, N);
    return FINISH("tsd_once");
}
