/* pthread_spin_lock(): trylock is EBUSY while the lock is held and succeeds
 * once it is free; 4 threads x 20000 increments under a spinlock give the
 * exact total. */
#include <pthread.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static pthread_spinlock_t spin;
static volatile long counter;

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        pthread_spin_lock(&spin);
        counter = counter + 1;
        pthread_spin_unlock(&spin);
    }
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    record_rc("init", pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE));
    record_rc("lock", pthread_spin_lock(&spin));
    record_rc("trylock.held", pthread_spin_trylock(&spin));
    record_rc("unlock", pthread_spin_unlock(&spin));
    record_rc("trylock.free", pthread_spin_trylock(&spin));
    record_rc("unlock.after_trylock", pthread_spin_unlock(&spin));

    pthread_t t[4];
    for (int i = 0; i < 4; i++) CHECK(pthread_create(&t[i], NULL, worker, NULL) == 0);
    for (int i = 0; i < 4; i++) CHECK(pthread_join(t[i], NULL) == 0);
    RECORD("counter", "%ld", counter);
    record_rc("destroy", pthread_spin_destroy(&spin));
    return check_done();
}
