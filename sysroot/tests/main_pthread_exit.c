/* main_pthread_exit.c - malloc/free and stdio from 8 threads at once, then
 * the main thread calls pthread_exit while a joinable and a detached thread
 * still run: the process must end only after both print. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static void *w(void *a) { struct timespec s = {0, 200000000}; nanosleep(&s, 0); printf("worker %ld done\n", (long)a); return a; }
static void *stress(void *a) {
    for (int i = 0; i < 2000; i++) { void *p = malloc((i * 37) % 4000 + 1); free(p); }
    for (int i = 0; i < 50; i++) fprintf(stdout, "t%ld line %d\n", (long)a, i);
    return a;
}
int main(int argc, char **argv) {
    pthread_t t[8];
    for (long i = 0; i < 8; i++) pthread_create(&t[i], 0, stress, (void *)i);
    for (int i = 0; i < 8; i++) pthread_join(t[i], 0);
    pthread_t d; pthread_create(&d, 0, w, (void *)1); pthread_detach(d);
    pthread_create(&d, 0, w, (void *)2);
    printf("main calls pthread_exit\n"); fflush(stdout);
    pthread_exit(0);
}
