/* errno is per thread, like every _Thread_local variable: each of 8
 * threads sets its own values, waits while the others do the same and make
 * failing calls (close(-1): EBADF, sem_trywait: EAGAIN), and still sees its
 * own; the initialisers of _Thread_local variables apply in every new
 * thread; main's errno is untouched by all of it. */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

#include "check.h"

#define N 8
static pthread_barrier_t bar;
static _Thread_local int tls_int = 42;
static _Thread_local char tls_buf[64] = "init";
static _Thread_local long tls_zero;
static int *errno_addr[N + 1];
static int *tls_addr[N + 1];
static int errno_ok, tls_ok, init_ok, failing_call_ok;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    if (tls_int == 42 && tls_buf[0] == 'i' && tls_buf[4] == 0 && tls_zero == 0)
        __atomic_fetch_add(&init_ok, 1, __ATOMIC_SEQ_CST);
    errno = 1000 + id;
    tls_int = id;
    tls_zero = id * 7L;
    tls_buf[0] = (char)('a' + id);
    errno_addr[id] = &errno;
    tls_addr[id] = &tls_int;
    pthread_barrier_wait(&bar);
    /* everyone has written their values; now half of them fail a call */
    if (id % 2) {
        if (close(-1) == -1 && errno == EBADF) __atomic_fetch_add(&failing_call_ok, 1, __ATOMIC_SEQ_CST);
    } else {
        sem_t s;
        sem_init(&s, 0, 0);
        if (sem_trywait(&s) == -1 && errno == EAGAIN) __atomic_fetch_add(&failing_call_ok, 1, __ATOMIC_SEQ_CST);
    }
    errno = 1000 + id;
    pthread_barrier_wait(&bar);
    check_sleep_ms(5);
    int mine = errno;
    if (mine == 1000 + id) __atomic_fetch_add(&errno_ok, 1, __ATOMIC_SEQ_CST);
    if (tls_int == id && tls_zero == id * 7L && tls_buf[0] == 'a' + id) __atomic_fetch_add(&tls_ok, 1, __ATOMIC_SEQ_CST);
    char name[32];
    snprintf(name, sizeof name, "thread.%d.values", id);
    RECORD(name, "tls=%d errno=%d", tls_int * 100, mine - 1000);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    CHECK(pthread_barrier_init(&bar, NULL, N) == 0);
    tls_int = -1;
    errno = 0;
    for (long i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_join(t[i], NULL) == 0);
    /* read before anything else can set it */
    int main_errno = errno;
    errno_addr[N] = &errno;
    tls_addr[N] = &tls_int;
    int distinct = 1;
    for (int i = 0; i <= N; i++)
        for (int j = i + 1; j <= N; j++)
            if (errno_addr[i] == errno_addr[j] || tls_addr[i] == tls_addr[j]) distinct = 0;
    RECORD("main.errno", "%s", check_errno_name(main_errno));
    RECORD("main.tls_int", "%d", tls_int);
    RECORD("addresses.distinct", "%s", distinct ? "yes" : "no");
    RECORD("threads.initialisers_applied", "%d of %d", init_ok, N);
    RECORD("threads.failing_call_errno", "%d of %d", failing_call_ok, N);
    RECORD("threads.private_errno", "%d of %d", errno_ok, N);
    RECORD("threads.private_thread_local", "%d of %d", tls_ok, N);
    CALL("main.close_bad", close(-1));
    return check_done();
}
