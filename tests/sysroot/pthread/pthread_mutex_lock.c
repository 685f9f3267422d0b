/* pthread_mutex_lock() and the mutex kinds: 8 threads x 20000 increments
 * under one mutex (and a trylock loop on a second counter) give the exact
 * totals; a normal mutex is EBUSY for trylock while held, from any thread;
 * a recursive one nests for its owner, is EBUSY for others until the last
 * unlock and EPERM to unlock for a non-owner; an error-checking one is
 * EDEADLK to relock and EPERM to unlock when not owned. */
#include <pthread.h>
#include <sched.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

#define N 8
#define M 20000
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;
static volatile long total, total2;
static int unexpected;

static void *counter(void *arg) {
    long id = (long)arg;
    pthread_barrier_wait(&start);
    for (int i = 0; i < M; i++) {
        if (pthread_mutex_lock(&lock) != 0) __atomic_fetch_add(&unexpected, 1, __ATOMIC_SEQ_CST);
        long v = total; /* a read-modify-write that races without the lock */
        total = v + 1;
        if (pthread_mutex_unlock(&lock) != 0) __atomic_fetch_add(&unexpected, 1, __ATOMIC_SEQ_CST);
    }
    for (int i = 0; i < M / 4; i++) {
        int r;
        long spins = 0;
        while ((r = pthread_mutex_trylock(&lock2)) == EBUSY && ++spins < 100000000L)
            if (spins % 256 == 0) sched_yield();
        if (r != 0) {
            __atomic_fetch_add(&unexpected, 1, __ATOMIC_SEQ_CST);
            continue;
        }
        total2 = total2 + 1;
        pthread_mutex_unlock(&lock2);
    }
    return (void *)(id * 3);
}

static pthread_mutex_t *target;
static void *try_other(void *arg) {
    (void)arg;
    int r = pthread_mutex_trylock(target);
    if (r == 0) pthread_mutex_unlock(target);
    return (void *)(long)r;
}
static void *unlock_other(void *arg) {
    (void)arg;
    return (void *)(long)pthread_mutex_unlock(target);
}
/* fn's result in another thread, on mutex m */
static int in_thread(void *(*fn)(void *), pthread_mutex_t *m) {
    pthread_t t;
    void *r = (void *)-1L;
    target = m;
    CHECK(pthread_create(&t, NULL, fn, NULL) == 0);
    CHECK(pthread_join(t, &r) == 0);
    return (int)(long)r;
}

static const char *type_name(int type) {
    if (type == PTHREAD_MUTEX_DEFAULT) return "DEFAULT";
    if (type == PTHREAD_MUTEX_NORMAL) return "NORMAL";
    if (type == PTHREAD_MUTEX_RECURSIVE) return "RECURSIVE";
    if (type == PTHREAD_MUTEX_ERRORCHECK) return "ERRORCHECK";
    return "other";
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    CHECK(pthread_barrier_init(&start, NULL, N) == 0);
    for (long i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, counter, (void *)i) == 0);
    long results_ok = 0;
    for (long i = 0; i < N; i++) {
        void *r = NULL;
        CHECK(pthread_join(t[i], &r) == 0);
        if ((long)r == i * 3) results_ok++;
    }
    RECORD("counter.total", "%ld", total);
    RECORD("counter.trylock_total", "%ld", total2);
    RECORD("counter.results_ok", "%ld", results_ok);
    RECORD("counter.unexpected_results", "%d", unexpected);
    CHECK(total == (long)N * M);
    CHECK(total2 == (long)N * (M / 4));

    pthread_mutexattr_t ma;
    int type = -1;
    CHECK(pthread_mutexattr_init(&ma) == 0);
    record_rc("attr.gettype.default", pthread_mutexattr_gettype(&ma, &type));
    RECORD("attr.type.default", "%s", type_name(type));
    record_rc("attr.settype.bad", pthread_mutexattr_settype(&ma, 12345));

    pthread_mutex_t nm = PTHREAD_MUTEX_INITIALIZER;
    record_rc("normal.lock", pthread_mutex_lock(&nm));
    record_rc("normal.trylock.owner", pthread_mutex_trylock(&nm));
    record_rc("normal.trylock.other", in_thread(try_other, &nm));
    record_rc("normal.unlock", pthread_mutex_unlock(&nm));
    record_rc("normal.trylock.other.free", in_thread(try_other, &nm));

    pthread_mutex_t rm;
    record_rc("attr.settype.recursive", pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE));
    pthread_mutexattr_gettype(&ma, &type);
    RECORD("attr.type.recursive", "%s", type_name(type));
    CHECK(pthread_mutex_init(&rm, &ma) == 0);
    record_rc("recursive.lock.1", pthread_mutex_lock(&rm));
    record_rc("recursive.lock.2", pthread_mutex_lock(&rm));
    record_rc("recursive.trylock.3", pthread_mutex_trylock(&rm));
    record_rc("recursive.trylock.other", in_thread(try_other, &rm));
    record_rc("recursive.unlock.other", in_thread(unlock_other, &rm));
    record_rc("recursive.unlock.3", pthread_mutex_unlock(&rm));
    record_rc("recursive.unlock.2", pthread_mutex_unlock(&rm));
    record_rc("recursive.trylock.other.held_once", in_thread(try_other, &rm));
    record_rc("recursive.unlock.1", pthread_mutex_unlock(&rm));
    record_rc("recursive.trylock.other.free", in_thread(try_other, &rm));
    record_rc("recursive.unlock.not_owned", pthread_mutex_unlock(&rm));
    record_rc("recursive.destroy", pthread_mutex_destroy(&rm));

    pthread_mutex_t em;
    record_rc("attr.settype.errorcheck", pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK));
    CHECK(pthread_mutex_init(&em, &ma) == 0);
    record_rc("errorcheck.unlock.unlocked", pthread_mutex_unlock(&em));
    record_rc("errorcheck.lock", pthread_mutex_lock(&em));
    record_rc("errorcheck.lock.again", pthread_mutex_lock(&em));
    record_rc("errorcheck.trylock.owner", pthread_mutex_trylock(&em));
    record_rc("errorcheck.unlock.other", in_thread(unlock_other, &em));
    record_rc("errorcheck.trylock.other", in_thread(try_other, &em));
    record_rc("errorcheck.unlock", pthread_mutex_unlock(&em));
    record_rc("errorcheck.unlock.again", pthread_mutex_unlock(&em));
    record_rc("errorcheck.trylock.free", pthread_mutex_trylock(&em));
    record_rc("errorcheck.unlock.after_trylock", pthread_mutex_unlock(&em));
    record_rc("errorcheck.destroy", pthread_mutex_destroy(&em));
    pthread_mutexattr_destroy(&ma);
    return check_done();
}
