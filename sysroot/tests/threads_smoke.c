/* threads_smoke.c - 4 threads increment a mutex-protected counter and printf;
 * _Thread_local values and errno are per thread. Exit 0 iff the count is exact. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <errno.h>

#define N 4
#define ITERS 10000
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static _Thread_local int tls_value;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    tls_value = id * 100;
    errno = id;
    for (int i = 0; i < ITERS; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    printf("thread %d: tls=%d errno=%d self_ok=%d\n", id, tls_value, errno, pthread_equal(pthread_self(), pthread_self()));
    return (void *)(long)(id * 2);
}

int main(void) {
    pthread_t t[N];
    errno = 0;
    printf("main: cpus=%ld\n", sysconf(_SC_NPROCESSORS_ONLN));
    for (int i = 0; i < N; i++) {
        int r = pthread_create(&t[i], NULL, worker, (void *)(long)(i + 1));
        if (r) { printf("pthread_create failed: %d\n", r); return 1; }
    }
    long sum = 0;
    for (int i = 0; i < N; i++) {
        void *res;
        pthread_join(t[i], &res);
        sum += (long)res;
    }
    printf("main: counter=%ld (expected %d) sum=%ld errno=%d tls=%d\n", counter, N * ITERS, sum, errno, tls_value);
    return counter == N * ITERS ? 0 : 1;
}
