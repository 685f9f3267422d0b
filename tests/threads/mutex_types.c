/* mutex_types.c - mutex kinds:
 * normal: trylock EBUSY while held (also from another thread);
 * recursive: relock by the owner nests, other threads get EBUSY until the
 *   last unlock, unlock by a non-owner is EPERM;
 * errorcheck: relock by the owner is EDEADLK, unlock when unlocked or by a
 *   non-owner is EPERM; attribute get/set round trip.
 * EXPECT: recursive depth 3 released by 3 unlocks
 * EXPECT: errorcheck: EDEADLK and EPERM as specified
 * EXPECT: mutex_types: ok */
#include <pthread.h>
#include <errno.h>
#include "check.h"

static pthread_mutex_t *target;
static void *try_other(void *arg) { (void)arg; int r = pthread_mutex_trylock(target); if (r == 0) pthread_mutex_unlock(target); return (void *)(long)r; }
static void *unlock_other(void *arg) { (void)arg; return (void *)(long)pthread_mutex_unlock(target); }
static long in_thread(void *(*fn)(void *), pthread_mutex_t *m) {
    pthread_t t; void *r = (void *)-1L;
    target = m;
    CHECK_EQ(pthread_create(&t, NULL, fn, NULL), 0);
    pthread_join(t, &r);
    return (long)r;
}

int main(void) {
    pthread_mutexattr_t ma;
    int type = -1;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_gettype(&ma, &type);
    CHECK_EQ(type, PTHREAD_MUTEX_DEFAULT);

    pthread_mutex_t nm = PTHREAD_MUTEX_INITIALIZER;
    CHECK_EQ(pthread_mutex_lock(&nm), 0);
    CHECK_EQ(pthread_mutex_trylock(&nm), EBUSY);
    CHECK_EQ(in_thread(try_other, &nm), EBUSY);
    CHECK_EQ(pthread_mutex_unlock(&nm), 0);
    CHECK_EQ(in_thread(try_other, &nm), 0);

    pthread_mutex_t rm;
    CHECK_EQ(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE), 0);
    pthread_mutexattr_gettype(&ma, &type);
    CHECK_EQ(type, PTHREAD_MUTEX_RECURSIVE);
    CHECK_EQ(pthread_mutex_init(&rm, &ma), 0);
    CHECK_EQ(pthread_mutex_lock(&rm), 0);
    CHECK_EQ(pthread_mutex_lock(&rm), 0);
    CHECK_EQ(pthread_mutex_trylock(&rm), 0);          /* depth 3 */
    CHECK_EQ(in_thread(try_other, &rm), EBUSY);
    CHECK_EQ(in_thread(unlock_other, &rm), EPERM);
    CHECK_EQ(pthread_mutex_unlock(&rm), 0);
    CHECK_EQ(pthread_mutex_unlock(&rm), 0);
    CHECK_EQ(in_thread(try_other, &rm), EBUSY);       /* still held once */
    CHECK_EQ(pthread_mutex_unlock(&rm), 0);
    CHECK_EQ(in_thread(try_other, &rm), 0);            /* free now */
    CHECK_EQ(pthread_mutex_unlock(&rm), EPERM);        /* not owned */
    printf("recursive depth 3 released by 3 unlocks\n");
    CHECK_EQ(pthread_mutex_destroy(&rm), 0);

    pthread_mutex_t em;
    CHECK_EQ(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK), 0);
    CHECK_EQ(pthread_mutex_init(&em, &ma), 0);
    CHECK_EQ(pthread_mutex_unlock(&em), EPERM);        /* unlocked */
    CHECK_EQ(pthread_mutex_lock(&em), 0);
    CHECK_EQ(pthread_mutex_lock(&em), EDEADLK);        /* relock by owner */
    CHECK_EQ(pthread_mutex_trylock(&em), EBUSY);
    CHECK_EQ(in_thread(unlock_other, &em), EPERM);     /* unlock by non-owner */
    CHECK_EQ(in_thread(try_other, &em), EBUSY);
    CHECK_EQ(pthread_mutex_unlock(&em), 0);
    CHECK_EQ(pthread_mutex_unlock(&em), EPERM);
    CHECK_EQ(pthread_mutex_trylock(&em), 0);
    CHECK_EQ(pthread_mutex_unlock(&em), 0);
    printf("errorcheck: EDEADLK and EPERM as specified\n");
    CHECK_EQ(pthread_mutex_destroy(&em), 0);
    pthread_mutexattr_destroy(&ma);
    return FINISH("mutex_types");
}
