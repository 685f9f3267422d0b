/* A thread recurses without end. Its stack is a block of memory with other
 * data right below it: blocks of the heap for a stack pthread_create
 * allocates, a sentinel array for a stack the program gives it
 * (pthread_attr_setstack; argument "user"). Every level checks the sentinel:
 * if the overflowing stack ran over it, the guest says so and exits 5; the
 * stack must trap instead. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SENTINEL_WORDS 1024
#define USER_STACK (256 * 1024)

static volatile unsigned long *sentinel;
static volatile unsigned long levels;

/* A sentinel right below the program's stack. */
static struct {
  volatile unsigned long below[SENTINEL_WORDS];
  char stack[USER_STACK];
} __attribute__((aligned(16))) area;

static void check_sentinel(void) {
  for (int i = 0; i < SENTINEL_WORDS; i++)
    if (sentinel[i] != 0x5a5a5a5aUL) {
      static const char msg[] = "memory below the thread's stack overwritten\n";
      write(2, msg, sizeof msg - 1);
      _exit(5);
    }
}

static int recurse(volatile char *prev) {
  volatile char frame[200];
  memset((char *)frame, (int)levels, sizeof frame);
  if (prev) frame[0] = prev[1];
  levels++;
  check_sentinel();
  return recurse(frame) + frame[2];
}

static void *run(void *arg) {
  (void)arg;
  printf("recursing\n");
  fflush(stdout);
  return (void *)(long)recurse(NULL);
}

int main(int argc, char **argv) {
  const int user = argc > 1 && strcmp(argv[1], "user") == 0;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (user) {
    sentinel = area.below;
    pthread_attr_setstack(&attr, area.stack, sizeof area.stack);
  } else {
    /* pthread_create allocates the thread's stack after this block. */
    sentinel = malloc(SENTINEL_WORDS * sizeof *sentinel);
    pthread_attr_setstacksize(&attr, USER_STACK);
  }
  for (int i = 0; i < SENTINEL_WORDS; i++) sentinel[i] = 0x5a5a5a5aUL;
  pthread_t t;
  if (pthread_create(&t, &attr, run, NULL) != 0) return 2;
  void *r;
  pthread_join(t, &r);
  return 3;
}
