/* A made context (makecontext) on a thread, on a stack in the program's data:
 * below the thread's own stack (a block of the heap), so the stack check must
 * follow the switches. It recurses a little and switches back and forth;
 * with the argument "deep" it recurses without end, and a sentinel right
 * below its stack (checked at every level: exit 5 when overwritten) must
 * stay intact: the stack check traps first. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#define SENTINEL_WORDS 256

static struct {
  volatile unsigned long below[SENTINEL_WORDS];
  char stack[64 * 1024];
} __attribute__((aligned(16))) area;

static ucontext_t caller, made;
static int deep;

static int depth(int n) {
  volatile char frame[256];
  memset((char *)frame, n, sizeof frame);
  for (int i = 0; i < SENTINEL_WORDS; i++)
    if (area.below[i] != 0x5a5a5a5aUL) {
      static const char msg[] = "memory below the context's stack overwritten\n";
      write(2, msg, sizeof msg - 1);
      _exit(5);
    }
  return n ? depth(n - 1) + frame[1] : 0;
}

static void body(void) {
  printf("context %d\n", depth(100));
  fflush(stdout);
  swapcontext(&made, &caller);
  printf("context again %d\n", depth(deep ? -1 : 50));
}

static void *run(void *arg) {
  (void)arg;
  getcontext(&made);
  made.uc_stack.ss_sp = area.stack;
  made.uc_stack.ss_size = sizeof area.stack;
  made.uc_link = &caller;
  makecontext(&made, body, 0);
  swapcontext(&caller, &made);
  printf("thread %d\n", depth(200));
  fflush(stdout);
  swapcontext(&caller, &made);
  printf("thread again %d\n", depth(200));
  return NULL;
}

int main(int argc, char **argv) {
  deep = argc > 1 && strcmp(argv[1], "deep") == 0;
  for (int i = 0; i < SENTINEL_WORDS; i++) area.below[i] = 0x5a5a5a5aUL;
  pthread_t t;
  if (pthread_create(&t, NULL, run, NULL) != 0) return 2;
  pthread_join(t, NULL);
  return 0;
}
