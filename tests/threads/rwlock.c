/* rwlock.c - read-write locks: 4 readers hold the lock at the same time (they
 * meet at a barrier inside the read section); a writer cannot get it while
 * readers hold it (trywrlock EBUSY) and readers cannot while a writer holds
 * it (tryrdlock EBUSY); writers are exclusive: 4 writers x 5000 updates of two
 * variables that readers always see equal.
 * EXPECT: readers inside together: 4
 * EXPECT: a=20000 b=20000 torn_reads=0
 * EXPECT: rwlock: ok */
#include <pthread.h>
#include <errno.h>
#include "check.h"

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t inside;
static int readers_inside;
static volatile long a, b;
static int torn, stop;

static void *reader_meet(void *arg) {
    (void)arg;
    CHECK_EQ(pthread_rwlock_rdlock(&rw), 0);
    __atomic_add_fetch(&readers_inside, 1, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&inside);   /* all 4 readers + main inside the read section */
    pthread_barrier_wait(&inside);   /* main has checked trywrlock */
    __atomic_sub_fetch(&readers_inside, 1, __ATOMIC_SEQ_CST);
    pthread_rwlock_unlock(&rw);
    return NULL;
}
static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 5000; i++) {
        pthread_rwlock_wrlock(&rw);
        a = a + 1; b = b + 1;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
static void *checker(void *arg) {
    (void)arg;
    while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
        pthread_rwlock_rdlock(&rw);
        if (a != b) __atomic_fetch_add(&torn, 1, __ATOMIC_SEQ_CST);
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}
static void *try_read(void *arg) { (void)arg; int r = pthread_rwlock_tryrdlock(&rw); if (!r) pthread_rwlock_unlock(&rw); return (void *)(long)r; }

int main(void) {
    pthread_t r[4], w[4], c[2];
    pthread_barrier_init(&inside, NULL, 5);
    for (int i = 0; i < 4; i++) CHECK_EQ(pthread_create(&r[i], NULL, reader_meet, NULL), 0);
    pthread_barrier_wait(&inside);
    int together = __atomic_load_n(&readers_inside, __ATOMIC_SEQ_CST);
    printf("readers inside together: %d\n", together);
    CHECK_EQ(together, 4);
    CHECK_EQ(pthread_rwlock_trywrlock(&rw), EBUSY);
    CHECK_EQ(pthread_rwlock_tryrdlock(&rw), 0);       /* another reader is fine */
    pthread_rwlock_unlock(&rw);
    pthread_barrier_wait(&inside);
    for (int i = 0; i < 4; i++) pthread_join(r[i], NULL);

    CHECK_EQ(pthread_rwlock_wrlock(&rw), 0);
    pthread_t t; void *res = NULL;
    pthread_create(&t, NULL, try_read, NULL); pthread_join(t, &res);
    CHECK_EQ((long)res, EBUSY);
    CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
    pthread_create(&t, NULL, try_read, NULL); pthread_join(t, &res);
    CHECK_EQ((long)res, 0);

    for (int i = 0; i < 2; i++) CHECK_EQ(pthread_create(&c[i], NULL, checker, NULL), 0);
    for (int i = 0; i < 4; i++) CHECK_EQ(pthread_create(&w[i], NULL, writer, NULL), 0);
    for (int i = 0; i < 4; i++) pthread_join(w[i], NULL);
    __atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < 2; i++) pthread_join(c[i], NULL);
    printf("a=%ld b=%ld torn_reads=%d\n", a, b, torn);
    CHECK_EQ(a, 20000); CHECK_EQ(b, 20000); CHECK_EQ(torn, 0);
    CHECK_EQ(pthread_rwlock_destroy(&rw), 0);
    return FINISH("rwlock");
}
