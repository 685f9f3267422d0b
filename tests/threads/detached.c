/* detached.c - detached threads (by attribute and by pthread_detach) run to
 * completion without a join, and their memory is reclaimed: 2 x 300 detached
 * cycles leave the heap top and memory size unchanged after the first round.
 * EXPECT: detached threads ran: 40 of 40
 * EXPECT: detached cycles: heap growth 0 bytes, memory growth 0 pages
 * EXPECT: detached: ok */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
#include <stdint.h>
#include "check.h"

static int ran;
static sem_t done;
static void *counted(void *arg) {
    (void)arg;
    sleep_ms(2);
    __atomic_fetch_add(&ran, 1, __ATOMIC_SEQ_CST);
    return NULL;
}
static void *posts(void *arg) { (void)arg; sem_post(&done); return NULL; }

int main(void) {
    pthread_attr_t at;
    pthread_attr_init(&at);
    int st = -1;
    pthread_attr_getdetachstate(&at, &st);
    CHECK_EQ(st, PTHREAD_CREATE_JOINABLE);
    CHECK_EQ(pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED), 0);
    pthread_attr_getdetachstate(&at, &st);
    CHECK_EQ(st, PTHREAD_CREATE_DETACHED);
    for (int i = 0; i < 20; i++) { pthread_t t; CHECK_EQ(pthread_create(&t, &at, counted, NULL), 0); }
    for (int i = 0; i < 20; i++) {
        pthread_t t;
        CHECK_EQ(pthread_create(&t, NULL, counted, NULL), 0);
        CHECK_EQ(pthread_detach(t), 0);
    }
    double t0 = now_ms();
    while (__atomic_load_n(&ran, __ATOMIC_SEQ_CST) < 40 && now_ms() - t0 < 20000) sleep_ms(1);
    printf("detached threads ran: %d of 40\n", ran);
    CHECK_EQ(ran, 40);

    sem_init(&done, 0, 0);
    uintptr_t heap0 = 0; size_t pages0 = 0;
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) {
            pthread_t t;
            CHECK_EQ(pthread_create(&t, &at, posts, NULL), 0);
            sem_wait(&done);
        }
        if (round == 0) { heap0 = (uintptr_t)sbrk(0); pages0 = __builtin_wasm_memory_size(0); }
    }
    uintptr_t heap1 = (uintptr_t)sbrk(0); size_t pages1 = __builtin_wasm_memory_size(0);
    printf("detached cycles: heap growth %ld bytes, memory growth %ld pages\n",
           (long)(heap1 - heap0), (long)(pages1 - pages0));
    CHECK_EQ(heap1, heap0);
    CHECK_EQ(pages1, pages0);
    pthread_attr_destroy(&at);
    return FINISH("detached");
}
