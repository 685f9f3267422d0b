/* pthread_once(): the routine runs once even when 8 threads race for it
 * (it sleeps, so the others must wait for it to complete), and every caller
 * returns only after it has completed; later calls do nothing. */
#include <pthread.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

#define N 8
static pthread_barrier_t bar;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_calls, once_done, saw_done, failed;

static void once_fn(void) {
    __atomic_fetch_add(&once_calls, 1, __ATOMIC_SEQ_CST);
    check_sleep_ms(30);
    __atomic_store_n(&once_done, 1, __ATOMIC_SEQ_CST);
}

static void *once_worker(void *arg) {
    (void)arg;
    pthread_barrier_wait(&bar);
    if (pthread_once(&once, once_fn) != 0) __atomic_fetch_add(&failed, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&once_done, __ATOMIC_SEQ_CST)) __atomic_fetch_add(&saw_done, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    CHECK(pthread_barrier_init(&bar, NULL, N) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, once_worker, NULL) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_join(t[i], NULL) == 0);
    record_rc("once.main.after", pthread_once(&once, once_fn));
    RECORD("once.calls", "%d", once_calls);
    RECORD("once.callers_saw_done", "%d of %d", saw_done, N);
    RECORD("once.failed", "%d", failed);
    return check_done();
}
