/* A thread (not main) traps while main waits for it. */
#include <pthread.h>
#include <stdio.h>

__attribute__((noinline)) static void crash(void) {
  __builtin_trap();
}

static void *run(void *arg) {
  (void)arg;
  printf("in thread\n");
  fflush(stdout);
  crash();
  return NULL;
}

int main(void) {
  pthread_t t;
  if (pthread_create(&t, NULL, run, NULL) != 0) return 2;
  pthread_join(t, NULL);
  return 3;
}
