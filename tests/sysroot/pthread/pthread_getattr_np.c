/* pthread_getattr_np(): the stack it reports holds the caller's locals, for
 * the main thread and a new one; a thread created with a 1 MiB stack really
 * holds a 768 KiB local array, inside a reported stack of at least 1 MiB;
 * the detach state is reported. */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

/* Is a local of the calling thread inside the stack pthread_getattr_np
 * reports for it? */
static int on_reported_stack(void) {
    volatile int local = 0;
    pthread_attr_t a;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &lo, &size)) return 0;
    pthread_attr_destroy(&a);
    return (uintptr_t)&local >= (uintptr_t)lo && (uintptr_t)&local < (uintptr_t)lo + size;
}

static void *stack_probe(void *arg) {
    (void)arg;
    return (void *)(intptr_t)on_reported_stack();
}

#define BIG (768 * 1024)
static void *big_stack(void *arg) {
    (void)arg;
    volatile unsigned char buf[BIG];
    for (size_t i = 0; i < BIG; i++) buf[i] = (unsigned char)i;
    unsigned long sum = 0;
    for (size_t i = 0; i < BIG; i++) sum += buf[i];
    int ok = sum == (unsigned long)(BIG / 256) * (255 * 256 / 2);
    pthread_attr_t a;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &lo, &size)) return (void *)0;
    ok = ok && size >= 1024 * 1024 && (uintptr_t)&buf[0] >= (uintptr_t)lo &&
         (uintptr_t)&buf[BIG - 1] < (uintptr_t)lo + size;
    pthread_attr_destroy(&a);
    return (void *)(intptr_t)ok;
}

static sem_t release, ended;
static void *waits(void *arg) {
    sem_wait(&release);
    sem_post(&ended);
    return arg;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    RECORD("main.locals_on_reported_stack", "%s", on_reported_stack() ? "yes" : "no");
    pthread_t t;
    void *r = NULL;
    CHECK(pthread_create(&t, NULL, stack_probe, NULL) == 0);
    CHECK(pthread_join(t, &r) == 0);
    RECORD("thread.locals_on_reported_stack", "%s", r ? "yes" : "no");

    pthread_attr_t a;
    CHECK(pthread_attr_init(&a) == 0);
    CHECK(pthread_attr_setstacksize(&a, 1024 * 1024) == 0);
    r = NULL;
    CHECK(pthread_create(&t, &a, big_stack, NULL) == 0);
    CHECK(pthread_join(t, &r) == 0);
    RECORD("stack_1m.array_768k_on_reported_stack", "%s", r ? "yes" : "no");
    pthread_attr_destroy(&a);

    /* the detach state of a running thread, before and after pthread_detach */
    int ds = -1;
    CHECK(sem_init(&release, 0, 0) == 0);
    CHECK(sem_init(&ended, 0, 0) == 0);
    CHECK(pthread_create(&t, NULL, waits, NULL) == 0);
    record_rc("getattr.running", pthread_getattr_np(t, &a));
    pthread_attr_getdetachstate(&a, &ds);
    RECORD("detachstate.joinable", "%s", ds == PTHREAD_CREATE_JOINABLE ? "JOINABLE" : "DETACHED");
    pthread_attr_destroy(&a);
    CHECK(pthread_detach(t) == 0);
    record_rc("getattr.detached", pthread_getattr_np(t, &a));
    pthread_attr_getdetachstate(&a, &ds);
    RECORD("detachstate.detached", "%s", ds == PTHREAD_CREATE_JOINABLE ? "JOINABLE" : "DETACHED");
    pthread_attr_destroy(&a);
    sem_post(&release);
    sem_wait(&ended);
    return check_done();
}
