/* timeouts.c - timed waits that expire return ETIMEDOUT no earlier than
 * their deadline: pthread_mutex_timedlock (mutex held by another thread),
 * pthread_cond_timedwait on CLOCK_REALTIME and CLOCK_MONOTONIC,
 * sem_timedwait, pthread_rwlock_timedwrlock/timedrdlock, pthread_timedjoin_np;
 * a timed wait that is satisfied in time returns 0; a deadline in the past
 * times out at once.
 * EXPECT: timedlock: ETIMEDOUT
 * EXPECT: cond_timedwait realtime: ETIMEDOUT
 * EXPECT: cond_timedwait monotonic: ETIMEDOUT
 * EXPECT: sem_timedwait: ETIMEDOUT
 * EXPECT: rwlock timedwrlock/timedrdlock: ETIMEDOUT
 * EXPECT: timedjoin: ETIMEDOUT
 * EXPECT: timeouts: ok */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <errno.h>
#include <string.h>
#include "check.h"

#define WAIT_MS 60
/* Woken before the deadline would be a bug; allow 2 ms for clock granularity. */
#define CHECK_WAITED(t0) do { double el = now_ms() - (t0); if (el < WAIT_MS - 2) printf("early by %.1f ms\n", WAIT_MS - el); \
    CHECK(el >= WAIT_MS - 2); CHECK(el < 20000); } while (0)

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static sem_t go, release;
static void *hold_mutex(void *arg) {
    (void)arg;
    pthread_mutex_lock(&held); sem_post(&go); sem_wait(&release); pthread_mutex_unlock(&held);
    return NULL;
}
static void *hold_wrlock(void *arg) {
    (void)arg;
    pthread_rwlock_wrlock(&rw); sem_post(&go); sem_wait(&release); pthread_rwlock_unlock(&rw);
    return NULL;
}
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int flag;
static void *signal_later(void *arg) {
    (void)arg;
    sleep_ms(20);
    pthread_mutex_lock(&m); flag = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
    return NULL;
}
static void *sleeper(void *arg) { (void)arg; sem_wait(&release); return (void *)5L; }

int main(void) {
    sem_init(&go, 0, 0); sem_init(&release, 0, 0);
    pthread_t t; struct timespec ts; double t0; int r;

    CHECK_EQ(pthread_create(&t, NULL, hold_mutex, NULL), 0);
    sem_wait(&go);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    r = pthread_mutex_timedlock(&held, &ts);
    CHECK_WAITED(t0);
    printf("timedlock: %s\n", r == ETIMEDOUT ? "ETIMEDOUT" : strerror(r));
    CHECK_EQ(r, ETIMEDOUT);
    sem_post(&release); pthread_join(t, NULL);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    CHECK_EQ(pthread_mutex_timedlock(&held, &ts), 0);   /* free now: immediate */
    pthread_mutex_unlock(&held);

    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    do r = pthread_cond_timedwait(&cv, &m, &ts); while (r == 0);  /* spurious wake-ups */
    CHECK_WAITED(t0);
    pthread_mutex_unlock(&m);
    printf("cond_timedwait realtime: %s\n", r == ETIMEDOUT ? "ETIMEDOUT" : strerror(r));
    CHECK_EQ(r, ETIMEDOUT);

    pthread_condattr_t ca; pthread_cond_t mcv; clockid_t clk;
    pthread_condattr_init(&ca);
    CHECK_EQ(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
    pthread_condattr_getclock(&ca, &clk);
    CHECK(clk == CLOCK_MONOTONIC);
    pthread_cond_init(&mcv, &ca);
    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_MONOTONIC, WAIT_MS); t0 = now_ms();
    do r = pthread_cond_timedwait(&mcv, &m, &ts); while (r == 0);
    CHECK_WAITED(t0);
    pthread_mutex_unlock(&m);
    printf("cond_timedwait monotonic: %s\n", r == ETIMEDOUT ? "ETIMEDOUT" : strerror(r));
    CHECK_EQ(r, ETIMEDOUT);

    /* satisfied before the deadline: 0 */
    CHECK_EQ(pthread_create(&t, NULL, signal_later, NULL), 0);
    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_REALTIME, 10000);
    r = 0;
    while (!flag && r == 0) r = pthread_cond_timedwait(&cv, &m, &ts);
    CHECK_EQ(r, 0); CHECK_EQ(flag, 1);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);

    /* a deadline in the past */
    ts = deadline_in(CLOCK_REALTIME, 0); ts.tv_sec -= 1;
    pthread_mutex_lock(&m);
    CHECK_EQ(pthread_cond_timedwait(&cv, &m, &ts), ETIMEDOUT);
    pthread_mutex_unlock(&m);

    sem_t s; sem_init(&s, 0, 0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    errno = 0;
    r = sem_timedwait(&s, &ts);
    CHECK_WAITED(t0);
    printf("sem_timedwait: %s\n", r == -1 && errno == ETIMEDOUT ? "ETIMEDOUT" : "unexpected");
    CHECK_EQ(r, -1); CHECK_EQ(errno, ETIMEDOUT);
    sem_post(&s);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    CHECK_EQ(sem_timedwait(&s, &ts), 0);

    CHECK_EQ(pthread_create(&t, NULL, hold_wrlock, NULL), 0);
    sem_wait(&go);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    int rw1 = pthread_rwlock_timedwrlock(&rw, &ts);
    CHECK_WAITED(t0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    int rw2 = pthread_rwlock_timedrdlock(&rw, &ts);
    CHECK_WAITED(t0);
    printf("rwlock timedwrlock/timedrdlock: %s\n", rw1 == ETIMEDOUT && rw2 == ETIMEDOUT ? "ETIMEDOUT" : "unexpected");
    CHECK_EQ(rw1, ETIMEDOUT); CHECK_EQ(rw2, ETIMEDOUT);
    sem_post(&release); pthread_join(t, NULL);

    CHECK_EQ(pthread_create(&t, NULL, sleeper, NULL), 0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS); t0 = now_ms();
    r = pthread_timedjoin_np(t, NULL, &ts);
    CHECK_WAITED(t0);
    printf("timedjoin: %s\n", r == ETIMEDOUT ? "ETIMEDOUT" : strerror(r));
    CHECK_EQ(r, ETIMEDOUT);
    sem_post(&release);
    void *res = NULL;
    ts = deadline_in(CLOCK_REALTIME, 10000);
    CHECK_EQ(pthread_timedjoin_np(t, &res, &ts), 0);
    CHECK_EQ((long)res, 5);
    return FINISH("timeouts");
}
