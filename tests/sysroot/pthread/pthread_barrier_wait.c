/* pthread_barrier_wait(): 5 threads x 50 rounds; after each barrier every
 * thread sees all slots of the round written, and exactly one thread per
 * round gets PTHREAD_BARRIER_SERIAL_THREAD. A count of 0 is EINVAL. */
#include <pthread.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

#define BT 5
#define ROUNDS 50
static pthread_barrier_t bar;
static volatile int slot[BT];
static int serial, stale, other;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int r = 1; r <= ROUNDS; r++) {
        slot[id] = r;
        int x = pthread_barrier_wait(&bar);
        if (x == PTHREAD_BARRIER_SERIAL_THREAD) __atomic_fetch_add(&serial, 1, __ATOMIC_SEQ_CST);
        else if (x != 0) __atomic_fetch_add(&other, 1, __ATOMIC_SEQ_CST);
        for (int k = 0; k < BT; k++)
            if (slot[k] != r) __atomic_fetch_add(&stale, 1, __ATOMIC_SEQ_CST);
        pthread_barrier_wait(&bar); /* nobody writes round r+1 before all have checked round r */
    }
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_barrier_t zero;
    record_rc("init.count0", pthread_barrier_init(&zero, NULL, 0));

    pthread_t t[BT];
    record_rc("init.count5", pthread_barrier_init(&bar, NULL, BT));
    for (long i = 0; i < BT; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < BT; i++) CHECK(pthread_join(t[i], NULL) == 0);
    RECORD("rounds.serial", "%d of %d", serial, ROUNDS);
    RECORD("rounds.stale_slots", "%d", stale);
    RECORD("rounds.other_results", "%d", other);
    record_rc("destroy", pthread_barrier_destroy(&bar));

    /* a barrier of 1 never waits and always names the caller serial */
    CHECK(pthread_barrier_init(&bar, NULL, 1) == 0);
    RECORD("count1.wait", "%s", pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD ? "SERIAL" : "other");
    CHECK(pthread_barrier_destroy(&bar) == 0);
    return check_done();
}
