/* pthread_rwlock_rdlock() and wrlock: 4 readers hold the lock at the same
 * time (they meet at a barrier inside the read section); a writer cannot get
 * it while readers hold it (trywrlock EBUSY) and readers cannot while a
 * writer holds it (tryrdlock EBUSY); writers are exclusive: 4 writers x 5000
 * updates of two variables that concurrent readers always see equal, and 4
 * threads mixing write and read sections add up exactly. */
#include <pthread.h>
#include <sched.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t inside;
static int readers_inside, failed;
static volatile long a, b;
static int torn, stop;

static void *reader_meet(void *arg) {
    (void)arg;
    if (pthread_rwlock_rdlock(&rw) != 0) __atomic_fetch_add(&failed, 1, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&readers_inside, 1, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&inside); /* all 4 readers and main are inside */
    pthread_barrier_wait(&inside); /* main has tried trywrlock */
    __atomic_sub_fetch(&readers_inside, 1, __ATOMIC_SEQ_CST);
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 5000; i++) {
        pthread_rwlock_wrlock(&rw);
        a = a + 1;
        b = b + 1;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

/* Reads until the writers are done; yields so that readers, which may be
 * preferred, leave the writers a gap. */
static void *checker(void *arg) {
    (void)arg;
    for (long i = 0; i < 100000000L && !__atomic_load_n(&stop, __ATOMIC_SEQ_CST); i++) {
        pthread_rwlock_rdlock(&rw);
        if (a != b) __atomic_fetch_add(&torn, 1, __ATOMIC_SEQ_CST);
        pthread_rwlock_unlock(&rw);
        sched_yield();
    }
    return NULL;
}

static void *try_read(void *arg) {
    (void)arg;
    int r = pthread_rwlock_tryrdlock(&rw);
    if (r == 0) pthread_rwlock_unlock(&rw);
    return (void *)(long)r;
}

static int shared_val;
static void *mixed(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_rwlock_wrlock(&rw);
        shared_val++;
        pthread_rwlock_unlock(&rw);
        pthread_rwlock_rdlock(&rw);
        (void)*(volatile int *)&shared_val;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t r[4], w[4], c[2], t;
    void *res = NULL;
    CHECK(pthread_barrier_init(&inside, NULL, 5) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_create(&r[i], NULL, reader_meet, NULL) == 0);
    pthread_barrier_wait(&inside);
    RECORD("readers.inside_together", "%d", __atomic_load_n(&readers_inside, __ATOMIC_SEQ_CST));
    record_rc("trywrlock.readers", pthread_rwlock_trywrlock(&rw));
    record_rc("tryrdlock.readers", pthread_rwlock_tryrdlock(&rw)); /* one more reader is fine */
    pthread_rwlock_unlock(&rw);
    pthread_barrier_wait(&inside);
    for (int i = 0; i < 4; i++) CHECK(pthread_join(r[i], NULL) == 0);
    RECORD("readers.failed", "%d", failed);

    record_rc("wrlock", pthread_rwlock_wrlock(&rw));
    record_rc("tryrdlock.writer.self", pthread_rwlock_tryrdlock(&rw));
    record_rc("trywrlock.writer.self", pthread_rwlock_trywrlock(&rw));
    CHECK(pthread_create(&t, NULL, try_read, NULL) == 0);
    CHECK(pthread_join(t, &res) == 0);
    record_rc("tryrdlock.writer.other", (int)(long)res);
    record_rc("unlock.writer", pthread_rwlock_unlock(&rw));
    CHECK(pthread_create(&t, NULL, try_read, NULL) == 0);
    CHECK(pthread_join(t, &res) == 0);
    record_rc("tryrdlock.free.other", (int)(long)res);

    for (int i = 0; i < 2; i++) CHECK(pthread_create(&c[i], NULL, checker, NULL) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_create(&w[i], NULL, writer, NULL) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_join(w[i], NULL) == 0);
    __atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < 2; i++) CHECK(pthread_join(c[i], NULL) == 0);
    RECORD("writers.a", "%ld", a);
    RECORD("writers.b", "%ld", b);
    RECORD("writers.torn_reads", "%d", torn);

    for (int i = 0; i < 4; i++) CHECK(pthread_create(&w[i], NULL, mixed, NULL) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_join(w[i], NULL) == 0);
    RECORD("mixed.total", "%d", shared_val);
    record_rc("destroy", pthread_rwlock_destroy(&rw));
    return check_done();
}
