/* Timed waits: pthread_cond_timedwait (CLOCK_REALTIME, and CLOCK_MONOTONIC
 * through pthread_condattr_setclock), pthread_mutex_timedlock on a mutex
 * another thread holds, sem_timedwait, pthread_rwlock_timedwrlock and
 * timedrdlock against a writer: each that expires is ETIMEDOUT, never
 * before its deadline; one satisfied in time returns 0; a deadline in the
 * past times out at once; a deadline with tv_nsec out of range is EINVAL. */
#include <pthread.h>
#include <semaphore.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static struct timespec deadline_in(clockid_t clock, long ms) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

#define WAIT_MS 60
/* Woken before the deadline would be a bug; 2 ms for clock granularity. The
 * upper bound only catches a wait that never ends. */
#define CHECK_WAITED(t0)                          \
    do {                                          \
        long long el_ = check_now_ms() - (t0);    \
        CHECK(el_ >= WAIT_MS - 2);                \
        CHECK(el_ < 20000);                       \
    } while (0)

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static sem_t go, release;
static void *hold_mutex(void *arg) {
    (void)arg;
    pthread_mutex_lock(&held);
    sem_post(&go);
    sem_wait(&release);
    pthread_mutex_unlock(&held);
    return NULL;
}
static void *hold_wrlock(void *arg) {
    (void)arg;
    pthread_rwlock_wrlock(&rw);
    sem_post(&go);
    sem_wait(&release);
    pthread_rwlock_unlock(&rw);
    return NULL;
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int flag;
static void *signal_later(void *arg) {
    (void)arg;
    check_sleep_ms(20);
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(sem_init(&go, 0, 0) == 0);
    CHECK(sem_init(&release, 0, 0) == 0);
    pthread_t t;
    struct timespec ts;
    long long t0;
    int r;

    CHECK(pthread_create(&t, NULL, hold_mutex, NULL) == 0);
    sem_wait(&go);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    t0 = check_now_ms();
    record_rc("mutex_timedlock.held", pthread_mutex_timedlock(&held, &ts));
    CHECK_WAITED(t0);
    sem_post(&release);
    CHECK(pthread_join(t, NULL) == 0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    record_rc("mutex_timedlock.free", pthread_mutex_timedlock(&held, &ts));
    pthread_mutex_unlock(&held);

    /* spurious wake-ups (0) are allowed: wait again until the deadline */
    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    t0 = check_now_ms();
    for (int i = 0; i < 1000 && (r = pthread_cond_timedwait(&cv, &m, &ts)) == 0; i++) {
    }
    CHECK_WAITED(t0);
    pthread_mutex_unlock(&m);
    record_rc("cond_timedwait.realtime", r);

    pthread_condattr_t ca;
    pthread_cond_t mcv;
    clockid_t clk = CLOCK_REALTIME;
    CHECK(pthread_condattr_init(&ca) == 0);
    record_rc("condattr.setclock.monotonic", pthread_condattr_setclock(&ca, CLOCK_MONOTONIC));
    record_rc("condattr.getclock", pthread_condattr_getclock(&ca, &clk));
    RECORD("condattr.clock", "%s", clk == CLOCK_MONOTONIC ? "CLOCK_MONOTONIC" : "other");
    CHECK(pthread_cond_init(&mcv, &ca) == 0);
    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_MONOTONIC, WAIT_MS);
    t0 = check_now_ms();
    for (int i = 0; i < 1000 && (r = pthread_cond_timedwait(&mcv, &m, &ts)) == 0; i++) {
    }
    CHECK_WAITED(t0);
    pthread_mutex_unlock(&m);
    record_rc("cond_timedwait.monotonic", r);
    pthread_cond_destroy(&mcv);
    pthread_condattr_destroy(&ca);

    /* satisfied before the deadline */
    CHECK(pthread_create(&t, NULL, signal_later, NULL) == 0);
    pthread_mutex_lock(&m);
    ts = deadline_in(CLOCK_REALTIME, 10000);
    r = 0;
    for (int i = 0; i < 1000 && !flag && r == 0; i++) r = pthread_cond_timedwait(&cv, &m, &ts);
    record_rc("cond_timedwait.signalled", r);
    RECORD("cond_timedwait.signalled.flag", "%d", flag);
    pthread_mutex_unlock(&m);
    CHECK(pthread_join(t, NULL) == 0);

    ts = deadline_in(CLOCK_REALTIME, 0);
    ts.tv_sec -= 1;
    pthread_mutex_lock(&m);
    record_rc("cond_timedwait.past", pthread_cond_timedwait(&cv, &m, &ts));
    ts = deadline_in(CLOCK_REALTIME, 0);
    ts.tv_nsec = 1000000000L;
    record_rc("cond_timedwait.bad_nsec", pthread_cond_timedwait(&cv, &m, &ts));
    pthread_mutex_unlock(&m);

    sem_t s;
    CHECK(sem_init(&s, 0, 0) == 0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    t0 = check_now_ms();
    CALL("sem_timedwait.empty", sem_timedwait(&s, &ts));
    CHECK_WAITED(t0);
    CALL("sem_post", sem_post(&s));
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    CALL("sem_timedwait.posted", sem_timedwait(&s, &ts));
    sem_destroy(&s);

    CHECK(pthread_create(&t, NULL, hold_wrlock, NULL) == 0);
    sem_wait(&go);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    t0 = check_now_ms();
    record_rc("rwlock_timedwrlock.writer", pthread_rwlock_timedwrlock(&rw, &ts));
    CHECK_WAITED(t0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    t0 = check_now_ms();
    record_rc("rwlock_timedrdlock.writer", pthread_rwlock_timedrdlock(&rw, &ts));
    CHECK_WAITED(t0);
    sem_post(&release);
    CHECK(pthread_join(t, NULL) == 0);
    ts = deadline_in(CLOCK_REALTIME, WAIT_MS);
    record_rc("rwlock_timedrdlock.free", pthread_rwlock_timedrdlock(&rw, &ts));
    pthread_rwlock_unlock(&rw);
    return check_done();
}
