// Threaded C guest for the driver tests: 4 threads x 1000 increments under a mutex, plus a
// _Thread_local counter per thread.
#include <pthread.h>
#include <stdio.h>

enum { kThreads = 4, kIncrements = 1000 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long total = 0;
static _Thread_local int mine = 0;

static void* work(void* arg) {
    (void)arg;
    for (int i = 0; i < kIncrements; ++i) {
        ++mine;
        pthread_mutex_lock(&lock);
        ++total;
        pthread_mutex_unlock(&lock);
    }
    return (void*)(long)mine;
}

int main(void) {
    pthread_t t[kThreads];
    for (int i = 0; i < kThreads; ++i)
        if (pthread_create(&t[i], NULL, work, NULL) != 0) return 2;
    long per_thread_ok = 0;
    for (int i = 0; i < kThreads; ++i) {
        void* r = NULL;
        pthread_join(t[i], &r);
        per_thread_ok += (long)r == kIncrements;
    }
    printf("total=%ld tls_ok=%ld main_tls=%d\n", total, per_thread_ok, mine);
    return total == kThreads * kIncrements ? 0 : 1;
}
