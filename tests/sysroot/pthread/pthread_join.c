/* pthread_join(), pthread_tryjoin_np(), pthread_timedjoin_np(): joining
 * oneself is EDEADLK; a running thread is EBUSY for tryjoin and ETIMEDOUT
 * for a timed join, no earlier than the deadline; once it has ended both
 * take its value. */
#include <pthread.h>
#include <semaphore.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static struct timespec deadline_in(long ms) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

#define WAIT_MS 60
static sem_t release, ended;

static void *waits(void *arg) {
    sem_wait(&release);
    sem_post(&ended);
    return arg;
}

static void *join_self(void *arg) {
    (void)arg;
    return (void *)(long)pthread_join(pthread_self(), NULL);
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    CHECK(sem_init(&release, 0, 0) == 0);
    CHECK(sem_init(&ended, 0, 0) == 0);

    record_rc("join.self.main", pthread_join(pthread_self(), NULL));
    pthread_t t;
    void *r = NULL;
    CHECK(pthread_create(&t, NULL, join_self, NULL) == 0);
    CHECK(pthread_join(t, &r) == 0);
    record_rc("join.self.thread", (int)(long)r);

    CHECK(pthread_create(&t, NULL, waits, (void *)5) == 0);
    record_rc("tryjoin.running", pthread_tryjoin_np(t, &r));
    struct timespec ts = deadline_in(WAIT_MS);
    long long t0 = check_now_ms();
    record_rc("timedjoin.running", pthread_timedjoin_np(t, &r, &ts));
    long long waited = check_now_ms() - t0;
    /* never before the deadline (2 ms for clock granularity) */
    CHECK(waited >= WAIT_MS - 2);
    CHECK(waited < 20000);
    sem_post(&release);
    r = NULL;
    ts = deadline_in(10000);
    record_rc("timedjoin.ends", pthread_timedjoin_np(t, &r, &ts));
    RECORD("timedjoin.ends.value", "%ld", (long)r);

    CHECK(pthread_create(&t, NULL, waits, (void *)7) == 0);
    sem_post(&release);
    sem_wait(&ended);
    /* it has posted and returns at once: bounded retries until it is gone */
    int rc = EBUSY;
    r = NULL;
    for (int i = 0; i < 2000 && rc == EBUSY; i++) {
        rc = pthread_tryjoin_np(t, &r);
        if (rc == EBUSY) check_sleep_ms(1);
    }
    record_rc("tryjoin.ended", rc);
    RECORD("tryjoin.ended.value", "%ld", (long)r);

    CHECK(pthread_create(&t, NULL, waits, NULL) == 0);
    sem_post(&release);
    record_rc("join.null_result", pthread_join(t, NULL));
    return check_done();
}
