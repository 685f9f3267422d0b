/* malloc_stdio.c - malloc/calloc/realloc/free and stdio from 8 threads at
 * once (released together by a barrier). Every block is filled with a
 * thread-specific pattern and checked before it is freed; every printed line
 * must come out whole (the test script counts them).
 * EXPECT-COUNT: 400 ^t[0-7] line [0-9]+ [a-z]+$
 * EXPECT: corrupted blocks: 0
 * EXPECT: malloc_stdio: ok */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define N 8
#define LIVE 64
static pthread_barrier_t bar;
static int corrupted;

static void *worker(void *arg) {
    long id = (long)arg;
    unsigned char *live[LIVE] = {0};
    size_t sizes[LIVE] = {0};
    unsigned seed = (unsigned)id * 2654435761u + 1;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < 20000; i++) {
        if (i % 400 == 0) printf("t%ld line %d %s\n", id, i / 400, &"abcdefghijklmnopqrstuvwxyz"[(i / 400) % 20]);
        seed = seed * 1103515245u + 12345u;
        int slot = (seed >> 8) % LIVE;
        if (live[slot]) {
            for (size_t k = 0; k < sizes[slot]; k++)
                if (live[slot][k] != (unsigned char)(id + k)) { __atomic_fetch_add(&corrupted, 1, __ATOMIC_SEQ_CST); break; }
            if (seed & 1) { free(live[slot]); live[slot] = NULL; continue; }
            size_t nsize = (seed >> 12) % 3000 + 1;     /* realloc keeps the prefix */
            unsigned char *p = realloc(live[slot], nsize);
            CHECK(p != NULL);
            if (!p) continue;
            size_t keep = nsize < sizes[slot] ? nsize : sizes[slot];
            for (size_t k = 0; k < keep; k++)
                if (p[k] != (unsigned char)(id + k)) { __atomic_fetch_add(&corrupted, 1, __ATOMIC_SEQ_CST); break; }
            for (size_t k = 0; k < nsize; k++) p[k] = (unsigned char)(id + k);
            live[slot] = p; sizes[slot] = nsize;
        } else {
            size_t size = (seed >> 12) % ((seed & 0x100) ? 70000 : 500) + 1;
            unsigned char *p = (seed & 2) ? calloc(1, size) : malloc(size);
            CHECK(p != NULL);
            if (!p) continue;
            if (seed & 2) for (size_t k = 0; k < size; k++) if (p[k]) { __atomic_fetch_add(&corrupted, 1, __ATOMIC_SEQ_CST); break; }
            for (size_t k = 0; k < size; k++) p[k] = (unsigned char)(id + k);
            live[slot] = p; sizes[slot] = size;
        }
    }
    for (int s = 0; s < LIVE; s++) free(live[s]);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&bar, NULL, N);
    for (long i = 0; i < N; i++) CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
    for (int i = 0; i < N; i++) CHECK_EQ(pthread_join(t[i], NULL), 0);
    printf("corrupted blocks: %d\n", corrupted);
    CHECK_EQ(corrupted, 0);
    return FINISH("malloc_stdio");
}
