#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdio.h>

#if defined(HAVE_PTHREAD_H) && defined(HAVE_PTHREAD_CREATE)
#include <pthread.h>

static void* run(void* arg) {
    *(int*)arg = 1;
    return NULL;
}

static int thread_ok(void) {
    int done = 0;
    pthread_t t;
    if (pthread_create(&t, NULL, run, &done) != 0) return 0;
    pthread_join(t, NULL);
    return done;
}
#else
static int thread_ok(void) { return 0; }
#endif

int main(void) {
    printf("autotools: pthread %s, sizeof(long)=%d\n", thread_ok() ? "ok" : "missing",
           (int)SIZEOF_LONG);
    return 0;
}
