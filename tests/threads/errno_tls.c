/* errno_tls.c - errno and _Thread_local variables are per thread: each of 8
 * threads sets them, waits at a barrier while the others do the same, and
 * still sees its own values; failing calls in other threads do not change
 * them; _Thread_local initialisers apply in every new thread.
 * EXPECT: threads with private errno: 8 of 8
 * EXPECT: threads with private _Thread_local: 8 of 8
 * EXPECT: errno_tls: ok */
#include <pthread.h>
#include <errno.h>
#include <unistd.h>
#include <semaphore.h>
#include "check.h"

#define N 8
static pthread_barrier_t bar;
static _Thread_local int tls_int = 42;
static _Thread_local char tls_buf[64] = "init";
static _Thread_local long tls_zero;
static int *errno_addr[N + 1];
static int *tls_addr[N + 1];
static int errno_ok, tls_ok;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    CHECK_EQ(tls_int, 42);                   /* initial value in each thread */
    CHECK(tls_buf[0] == 'i' && tls_buf[4] == 0);
    CHECK_EQ(tls_zero, 0);
    errno = 1000 + id;
    tls_int = id; tls_zero = id * 7L;
    tls_buf[0] = (char)('a' + id);
    errno_addr[id] = &errno;
    tls_addr[id] = &tls_int;
    pthread_barrier_wait(&bar);
    /* Everyone has written their values; now some threads make calls that fail. */
    if (id % 2) {
        CHECK_EQ(close(-1), -1);
        CHECK_EQ(errno, EBADF);
        errno = 1000 + id;
    } else {
        sem_t s; sem_init(&s, 0, 0);
        CHECK_EQ(sem_trywait(&s), -1);
        CHECK_EQ(errno, EAGAIN);
        errno = 1000 + id;
    }
    pthread_barrier_wait(&bar);
    sleep_ms(5);
    if (errno == 1000 + id) __atomic_fetch_add(&errno_ok, 1, __ATOMIC_SEQ_CST);
    if (tls_int == id && tls_zero == id * 7L && tls_buf[0] == 'a' + id) __atomic_fetch_add(&tls_ok, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&bar, NULL, N);
    errno = 0;
    tls_int = -1;
    for (long i = 0; i < N; i++) CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
    for (int i = 0; i < N; i++) CHECK_EQ(pthread_join(t[i], NULL), 0);
    errno_addr[N] = &errno; tls_addr[N] = &tls_int;
    for (int i = 0; i <= N; i++)
        for (int j = i + 1; j <= N; j++) { CHECK(errno_addr[i] != errno_addr[j]); CHECK(tls_addr[i] != tls_addr[j]); }
    CHECK_EQ(errno, 0);        /* main's errno untouched by the threads */
    CHECK_EQ(tls_int, -1);
    printf("threads with private errno: %d of %d\n", errno_ok, N);
    printf("threads with private _Thread_local: %d of %d\n", tls_ok, N);
    CHECK_EQ(errno_ok, N);
    CHECK_EQ(tls_ok, N);
    return FINISH("errno_tls");
}
