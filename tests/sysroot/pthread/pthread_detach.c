/* pthread_detach() and PTHREAD_CREATE_DETACHED: detached threads (by
 * attribute, with 64 KiB stacks, and by pthread_detach) run to completion
 * without a join; detaching a thread that has already ended reclaims it;
 * 2 x 300 detached create cycles leave the heap top (and under WASIX the
 * linear memory size) where the first round left them. */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <unistd.h>

#include "check.h"

static int record_rc(const char *name, int r) {
    RECORD(name, "%s", r ? check_errno_name(r) : "ok");
    return r;
}

static const char *detach_name(int st) {
    return st == PTHREAD_CREATE_JOINABLE ? "JOINABLE" : st == PTHREAD_CREATE_DETACHED ? "DETACHED" : "other";
}

static int ran;
static sem_t done;

static void *counted(void *arg) {
    (void)arg;
    check_sleep_ms(2);
    __atomic_fetch_add(&ran, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

static void *posts(void *arg) {
    (void)arg;
    sem_post(&done);
    return NULL;
}

static size_t memory_pages(void) {
#ifdef __wasm__
    return __builtin_wasm_memory_size(0);
#else
    return 0;
#endif
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_attr_t at;
    int st = -1;
    size_t ss = 0;
    CHECK(pthread_attr_init(&at) == 0);
    record_rc("attr.getdetachstate.default", pthread_attr_getdetachstate(&at, &st));
    RECORD("attr.detachstate.default", "%s", detach_name(st));
    record_rc("attr.setdetachstate.detached", pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED));
    record_rc("attr.setdetachstate.bad", pthread_attr_setdetachstate(&at, 12345));
    pthread_attr_getdetachstate(&at, &st);
    RECORD("attr.detachstate.after_set", "%s", detach_name(st));
    record_rc("attr.setstacksize.64k", pthread_attr_setstacksize(&at, 64 * 1024));
    pthread_attr_getstacksize(&at, &ss);
    RECORD("attr.stacksize.after_set", "%zu", ss);

    int create_failed = 0, detach_failed = 0;
    for (int i = 0; i < 20; i++) {
        pthread_t t;
        if (pthread_create(&t, &at, counted, NULL) != 0) create_failed++;
    }
    for (int i = 0; i < 20; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, counted, NULL) != 0) {
            create_failed++;
            continue;
        }
        if (pthread_detach(t) != 0) detach_failed++;
    }
    RECORD("detached.create_failed", "%d", create_failed);
    RECORD("detach.failed", "%d", detach_failed);
    long long t0 = check_now_ms();
    while (__atomic_load_n(&ran, __ATOMIC_SEQ_CST) < 40 && check_now_ms() - t0 < 20000) check_sleep_ms(1);
    RECORD("detached.ran", "%d", __atomic_load_n(&ran, __ATOMIC_SEQ_CST));
    CHECK(ran == 40);

    /* a joinable thread that has already ended: pthread_detach does the
     * join's work */
    CHECK(sem_init(&done, 0, 0) == 0);
    pthread_t ended;
    CHECK(pthread_create(&ended, NULL, posts, NULL) == 0);
    sem_wait(&done);
    check_sleep_ms(20);
    record_rc("detach.ended", pthread_detach(ended));

    uintptr_t heap0 = 0;
    size_t pages0 = 0;
    int failed = 0;
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) {
            pthread_t t;
            if (pthread_create(&t, &at, posts, NULL) != 0) {
                failed++;
                continue;
            }
            sem_wait(&done);
        }
        if (round == 0) {
            heap0 = (uintptr_t)sbrk(0);
            pages0 = memory_pages();
        }
    }
    uintptr_t heap1 = (uintptr_t)sbrk(0);
    size_t pages1 = memory_pages();
    RECORD("cycles.failed", "%d", failed);
    RECORD("cycles.heap_growth", "%ld", (long)(heap1 - heap0));
    CHECK(heap1 == heap0);
    CHECK(pages1 == pages0);
    pthread_attr_destroy(&at);
    return check_done();
}
