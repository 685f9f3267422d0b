/* threads_full.c - the pthread API surface: once, keys with destructors,
 * barriers, rwlocks, semaphores, recursive/errorcheck mutexes, timed waits on
 * both clocks, spinlocks, detached threads, C11 threads, pthread_getattr_np
 * stack bounds, and 2000 joined plus 600 detached create cycles without heap
 * growth. Prints "ok: 0 failures". */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <threads.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <string.h>

static int fails;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

/* once */
static pthread_once_t once = PTHREAD_ONCE_INIT; static int once_count;
static void once_fn(void) { once_count++; }
/* keys */
static pthread_key_t key; static int dtor_count; static pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;
static void key_dtor(void *p) { pthread_mutex_lock(&dm); dtor_count++; pthread_mutex_unlock(&dm); free(p); }
/* barrier */
static pthread_barrier_t bar; static int serial;
/* rwlock */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; static int shared_val;
/* sem */
static sem_t sem;
static void *worker(void *arg) {
    pthread_once(&once, once_fn);
    pthread_setspecific(key, malloc(16));
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD) __atomic_fetch_add(&serial, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < 100; i++) { pthread_rwlock_wrlock(&rw); shared_val++; pthread_rwlock_unlock(&rw); pthread_rwlock_rdlock(&rw); (void)shared_val; pthread_rwlock_unlock(&rw); }
    sem_post(&sem);
    void *buf[8]; for (int i = 0; i < 8; i++) buf[i] = malloc(100 + i * 50); for (int i = 0; i < 8; i++) free(buf[i]);
    return arg;
}
static volatile int detached_ran;
static void *detached_fn(void *a) { __atomic_fetch_add(&detached_ran, 1, __ATOMIC_SEQ_CST); return a; }
static void *nop(void *a) { return a; }
/* Is a local variable of the calling thread inside the stack that
 * pthread_getattr_np reports? */
static int on_reported_stack(void) {
    int local = 0; pthread_attr_t a; void *lo; size_t size;
    if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &lo, &size)) return 0;
    return (char *)&local >= (char *)lo && (char *)&local < (char *)lo + size;
}
static void *stack_probe(void *a) { (void)a; return (void *)(long)on_reported_stack(); }
static sem_t detached_done;
static void *detached_post(void *a) { sem_post(&detached_done); return a; }
static int c11_fn(void *a) { return (int)(long)a + 1; }

int main(void) {
    pthread_key_create(&key, key_dtor);
    pthread_barrier_init(&bar, 0, 4);
    sem_init(&sem, 0, 0);
    pthread_t t[4];
    for (long i = 0; i < 4; i++) CHECK(pthread_create(&t[i], 0, worker, (void *)i) == 0);
    for (int i = 0; i < 4; i++) sem_wait(&sem);
    for (int i = 0; i < 4; i++) { void *r; CHECK(pthread_join(t[i], &r) == 0); CHECK((long)r == i); }
    CHECK(once_count == 1); CHECK(dtor_count == 4); CHECK(serial == 1); CHECK(shared_val == 400);

    /* recursive + errorcheck mutexes */
    pthread_mutexattr_t ma; pthread_mutex_t rm, em;
    pthread_mutexattr_init(&ma); pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE); pthread_mutex_init(&rm, &ma);
    CHECK(pthread_mutex_lock(&rm) == 0); CHECK(pthread_mutex_lock(&rm) == 0); CHECK(pthread_mutex_unlock(&rm) == 0); CHECK(pthread_mutex_unlock(&rm) == 0);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK); pthread_mutex_init(&em, &ma);
    CHECK(pthread_mutex_lock(&em) == 0); CHECK(pthread_mutex_lock(&em) == EDEADLK); CHECK(pthread_mutex_unlock(&em) == 0); CHECK(pthread_mutex_unlock(&em) == EPERM);
    CHECK(pthread_mutex_trylock(&em) == 0); CHECK(pthread_mutex_unlock(&em) == 0);

    /* timed waits */
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    struct timespec ts; clock_gettime(CLOCK_REALTIME, &ts); ts.tv_nsec += 50 * 1000000; if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    pthread_mutex_lock(&m); CHECK(pthread_cond_timedwait(&c, &m, &ts) == ETIMEDOUT); pthread_mutex_unlock(&m);
    pthread_condattr_t ca; pthread_condattr_init(&ca); CHECK(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0);
    clockid_t clk; pthread_condattr_getclock(&ca, &clk); CHECK(clk == CLOCK_MONOTONIC);
    pthread_cond_t c2; pthread_cond_init(&c2, &ca); clock_gettime(CLOCK_MONOTONIC, &ts); ts.tv_nsec += 20000000; if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    pthread_mutex_lock(&m); CHECK(pthread_cond_timedwait(&c2, &m, &ts) == ETIMEDOUT); pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    clock_gettime(CLOCK_REALTIME, &ts); ts.tv_nsec += 20000000; if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
    pthread_t holder; (void)holder;
    CHECK(sem_timedwait(&sem, &ts) == -1 && errno == ETIMEDOUT);
    pthread_mutex_unlock(&m);

    /* spin */
    pthread_spinlock_t sl; pthread_spin_init(&sl, 0); CHECK(pthread_spin_lock(&sl) == 0); CHECK(pthread_spin_trylock(&sl) == EBUSY); pthread_spin_unlock(&sl);

    /* detached threads, reclaimed by later creates */
    pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&at, 64 * 1024);
    size_t ss; pthread_attr_getstacksize(&at, &ss); CHECK(ss == 64 * 1024);
    for (int i = 0; i < 20; i++) { pthread_t d; CHECK(pthread_create(&d, &at, detached_fn, 0) == 0); }
    while (detached_ran < 20) { struct timespec s = {0, 1000000}; nanosleep(&s, 0); }

    /* 1000 create/join cycles: heap must not grow */
    void *probe1 = sbrk(0);
    for (int i = 0; i < 1000; i++) { pthread_t x; CHECK(pthread_create(&x, 0, nop, 0) == 0); pthread_join(x, 0); }
    void *probe2 = sbrk(0);
    for (int i = 0; i < 1000; i++) { pthread_t x; pthread_create(&x, 0, nop, 0); pthread_join(x, 0); }
    void *probe3 = sbrk(0);
    printf("heap: %p %p %p\n", probe1, probe2, probe3);
    CHECK(probe3 == probe2);

    /* detached threads are reclaimed too: 2 x 300 cycles, no growth */
    sem_init(&detached_done, 0, 0);
    void *probe4 = 0;
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) {
            pthread_t x; CHECK(pthread_create(&x, &at, detached_post, 0) == 0);
            sem_wait(&detached_done);
        }
        if (round == 0) probe4 = sbrk(0);
    }
    printf("heap after detached: %p %p\n", probe4, sbrk(0));
    CHECK(sbrk(0) == probe4);

    /* C11 threads */
    thrd_t ct; int res = 0; CHECK(thrd_create(&ct, c11_fn, (void *)41) == thrd_success); thrd_join(ct, &res); CHECK(res == 42);
    mtx_t mx; mtx_init(&mx, mtx_plain); mtx_lock(&mx); mtx_unlock(&mx);

    CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);

    /* pthread_getattr_np: the stack of the main thread and of a new one */
    CHECK(on_reported_stack());
    { pthread_t x; void *r = 0; pthread_create(&x, 0, stack_probe, 0); pthread_join(x, &r); CHECK(r == (void *)1); }
    printf("%s: %d failures\n", fails ? "FAILED" : "ok", fails);
    return fails != 0;
}
