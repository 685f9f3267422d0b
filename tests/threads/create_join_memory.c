/* create_join_memory.c - 1000 pthread_create/pthread_join cycles (default
 * attributes, then 1000 with a 256 KiB stack) do not grow memory: the heap
 * top (sbrk(0)) and the wasm memory size (__builtin_wasm_memory_size) are the
 * same before and after, after a short warm-up. Return values pass through
 * join, and pthread_self/pthread_equal tell threads apart.
 * EXPECT: joined 1000 threads, heap growth 0 bytes, memory growth 0 pages
 * EXPECT: joined 1000 threads (256 KiB stacks), heap growth 0 bytes, memory growth 0 pages
 * EXPECT: create_join_memory: ok */
#include <pthread.h>
#include <unistd.h>
#include <stdint.h>
#include "check.h"

static pthread_t main_self;
static void *body(void *arg) {
    CHECK(!pthread_equal(pthread_self(), main_self));
    return (void *)((uintptr_t)arg + 1);
}

static void cycles(const pthread_attr_t *attr, int n, int *bad) {
    for (int i = 0; i < n; i++) {
        pthread_t t; void *r = NULL;
        if (pthread_create(&t, attr, body, (void *)(uintptr_t)i) != 0) { (*bad)++; continue; }
        if (pthread_join(t, &r) != 0 || r != (void *)(uintptr_t)(i + 1)) (*bad)++;
    }
}

static void measure(const char *label, const pthread_attr_t *attr) {
    int bad = 0;
    cycles(attr, 20, &bad);                          /* warm-up: first allocations */
    uintptr_t heap0 = (uintptr_t)sbrk(0);
    size_t pages0 = __builtin_wasm_memory_size(0);
    cycles(attr, 1000, &bad);
    uintptr_t heap1 = (uintptr_t)sbrk(0);
    size_t pages1 = __builtin_wasm_memory_size(0);
    printf("joined 1000 threads%s, heap growth %ld bytes, memory growth %ld pages\n",
           label, (long)(heap1 - heap0), (long)(pages1 - pages0));
    CHECK_EQ(bad, 0);
    CHECK_EQ(heap1, heap0);
    CHECK_EQ(pages1, pages0);
}

int main(void) {
    main_self = pthread_self();
    CHECK(pthread_equal(main_self, pthread_self()));
    measure("", NULL);
    pthread_attr_t a;
    pthread_attr_init(&a);
    CHECK_EQ(pthread_attr_setstacksize(&a, 256 * 1024), 0);
    measure(" (256 KiB stacks)", &a);
    pthread_attr_destroy(&a);
    return FINISH("create_join_memory");
}
