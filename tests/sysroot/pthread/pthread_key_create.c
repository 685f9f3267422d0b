/* pthread_key_create() and thread-specific data: each thread's value is its
 * own; destructors run once per thread with that thread's value (also after
 * pthread_exit), with the value already cleared, not for NULL values, again
 * when a destructor sets a new value, and not after pthread_key_delete. */
#include <pthread.h>
#include <stdlib.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

#define N 8
static pthread_key_t key, key2, key3;
static int dtor_calls, dtor_values_ok, dtor_value_not_cleared, rearm_calls, deleted_calls;
static int own_value_lost, initial_not_null, set_failed;
static pthread_barrier_t bar;

static void dtor(void *p) {
    int *v = p;
    __atomic_fetch_add(&dtor_calls, 1, __ATOMIC_SEQ_CST);
    if (*v >= 100 && *v < 100 + N) __atomic_fetch_add(&dtor_values_ok, 1, __ATOMIC_SEQ_CST);
    if (pthread_getspecific(key) != NULL) __atomic_fetch_add(&dtor_value_not_cleared, 1, __ATOMIC_SEQ_CST);
    free(v);
}

static void rearm_dtor(void *p) {
    int n = __atomic_add_fetch(&rearm_calls, 1, __ATOMIC_SEQ_CST);
    if (n == 1) pthread_setspecific(key2, p); /* set again: called once more */
}

static void deleted_dtor(void *p) {
    (void)p;
    __atomic_fetch_add(&deleted_calls, 1, __ATOMIC_SEQ_CST);
}

static void *worker(void *arg) {
    long id = (long)arg;
    int *v = malloc(sizeof *v);
    *v = 100 + (int)id;
    if (pthread_getspecific(key) != NULL) __atomic_fetch_add(&initial_not_null, 1, __ATOMIC_SEQ_CST);
    if (pthread_setspecific(key, v) != 0) __atomic_fetch_add(&set_failed, 1, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&bar);
    if (pthread_getspecific(key) != v) __atomic_fetch_add(&own_value_lost, 1, __ATOMIC_SEQ_CST);
    if (id % 2) pthread_exit(NULL);
    return NULL;
}

static void *null_value(void *arg) {
    (void)arg;
    pthread_setspecific(key, NULL);
    return NULL;
}

static void *rearm(void *arg) {
    (void)arg;
    pthread_setspecific(key2, (void *)1);
    return NULL;
}

/* sets its value, lets main delete the key, then ends */
static void *uses_deleted(void *arg) {
    (void)arg;
    pthread_setspecific(key3, (void *)1);
    pthread_barrier_wait(&bar);
    pthread_barrier_wait(&bar);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    record_rc("key_create", pthread_key_create(&key, dtor));
    record_rc("key_create.rearm", pthread_key_create(&key2, rearm_dtor));
    record_rc("key_create.deleted", pthread_key_create(&key3, deleted_dtor));
    RECORD("keys.distinct", "%s", key != key2 && key2 != key3 && key != key3 ? "yes" : "no");
    RECORD("getspecific.unset", "%s", pthread_getspecific(key) == NULL ? "NULL" : "set");
    int mine = 7;
    record_rc("setspecific.main", pthread_setspecific(key, &mine)); /* main's value is separate */
    CHECK(pthread_barrier_init(&bar, NULL, N) == 0);
    for (long i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_join(t[i], NULL) == 0);
    RECORD("getspecific.main", "%s", pthread_getspecific(key) == &mine ? "own" : "other");
    RECORD("workers.initial_not_null", "%d", initial_not_null);
    RECORD("workers.set_failed", "%d", set_failed);
    RECORD("workers.own_value_lost", "%d", own_value_lost);
    RECORD("dtor.calls", "%d", dtor_calls);
    RECORD("dtor.values_ok", "%d", dtor_values_ok);
    RECORD("dtor.value_not_cleared", "%d", dtor_value_not_cleared);

    CHECK(pthread_create(&t[0], NULL, null_value, NULL) == 0);
    CHECK(pthread_join(t[0], NULL) == 0);
    RECORD("dtor.calls.after_null_value", "%d", dtor_calls);

    CHECK(pthread_create(&t[0], NULL, rearm, NULL) == 0);
    CHECK(pthread_join(t[0], NULL) == 0);
    RECORD("dtor.rearmed.calls", "%d", rearm_calls);

    CHECK(pthread_barrier_destroy(&bar) == 0);
    CHECK(pthread_barrier_init(&bar, NULL, 2) == 0);
    CHECK(pthread_create(&t[0], NULL, uses_deleted, NULL) == 0);
    pthread_barrier_wait(&bar);
    record_rc("key_delete", pthread_key_delete(key3));
    pthread_barrier_wait(&bar);
    CHECK(pthread_join(t[0], NULL) == 0);
    RECORD("dtor.deleted_key.calls", "%d", deleted_calls);
    CHECK(pthread_barrier_destroy(&bar) == 0);
    return check_done();
}
