/* malloc(), calloc(), realloc() and free() from 8 threads at once (released
 * together by a barrier), with printf to stdout in between. Every block is
 * filled with a thread-specific pattern and checked before it is freed or
 * grown (realloc keeps the prefix, calloc gives zeroes); every printed line
 * is a record of its own, so a torn line shows as a difference. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define N 8
#define LIVE 64
#define ROUNDS 20000
#define EVERY 400 /* a line every EVERY rounds: 50 per thread */
static pthread_barrier_t bar;
static int corrupted, failed;

static void corrupt(void) { __atomic_fetch_add(&corrupted, 1, __ATOMIC_SEQ_CST); }

static void *worker(void *arg) {
    long id = (long)arg;
    unsigned char *live[LIVE] = {0};
    size_t sizes[LIVE] = {0};
    unsigned seed = (unsigned)id * 2654435761u + 1;
    char name[32];
    pthread_barrier_wait(&bar);
    for (int i = 0; i < ROUNDS; i++) {
        if (i % EVERY == 0) {
            snprintf(name, sizeof name, "t%ld.line%d", id, i / EVERY);
            RECORD(name, "t%ld line %d %c", id, i / EVERY, "abcdefghijklmnopqrst"[(i / EVERY) % 20]);
        }
        seed = seed * 1103515245u + 12345u;
        int slot = (seed >> 8) % LIVE;
        if (live[slot]) {
            for (size_t k = 0; k < sizes[slot]; k++)
                if (live[slot][k] != (unsigned char)(id + k)) {
                    corrupt();
                    break;
                }
            if (seed & 1) {
                free(live[slot]);
                live[slot] = NULL;
                continue;
            }
            size_t nsize = (seed >> 12) % 3000 + 1;
            unsigned char *p = realloc(live[slot], nsize);
            if (!p) {
                __atomic_fetch_add(&failed, 1, __ATOMIC_SEQ_CST);
                continue;
            }
            size_t keep = nsize < sizes[slot] ? nsize : sizes[slot];
            for (size_t k = 0; k < keep; k++)
                if (p[k] != (unsigned char)(id + k)) {
                    corrupt();
                    break;
                }
            for (size_t k = 0; k < nsize; k++) p[k] = (unsigned char)(id + k);
            live[slot] = p;
            sizes[slot] = nsize;
        } else {
            size_t size = (seed >> 12) % ((seed & 0x100) ? 70000 : 500) + 1;
            unsigned char *p = (seed & 2) ? calloc(1, size) : malloc(size);
            if (!p) {
                __atomic_fetch_add(&failed, 1, __ATOMIC_SEQ_CST);
                continue;
            }
            if (seed & 2)
                for (size_t k = 0; k < size; k++)
                    if (p[k]) {
                        corrupt();
                        break;
                    }
            for (size_t k = 0; k < size; k++) p[k] = (unsigned char)(id + k);
            live[slot] = p;
            sizes[slot] = size;
        }
    }
    for (int s = 0; s < LIVE; s++) free(live[s]);
    return NULL;
}

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    pthread_t t[N];
    CHECK(pthread_barrier_init(&bar, NULL, N) == 0);
    for (long i = 0; i < N; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < N; i++) CHECK(pthread_join(t[i], NULL) == 0);
    RECORD("blocks.corrupted", "%d", corrupted);
    RECORD("allocations.failed", "%d", failed);
    return check_done();
}
