/* frames.c [N]: N calls of a function whose frame lives on the memory stack (a local whose
 * address is taken), the shape where the stack check costs most: each call moves
 * __stack_pointer down and back up, two checked changes per call. Prints the time of the loop
 * in ns and a checksum. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) static void add(volatile unsigned *p) { p[1] += p[0] * 3u; }

__attribute__((noinline)) static unsigned step(unsigned i) {
  volatile unsigned frame[4];
  frame[0] = i;
  frame[1] = 1;
  add(frame);
  return frame[1];
}

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
  const unsigned n = argc > 1 ? (unsigned)atoi(argv[1]) : 50000000u;
  unsigned sum = 0;
  const double t0 = now_ns();
  for (unsigned i = 0; i < n; i++) sum += step(i);
  const double t1 = now_ns();
  printf("%.0f %u\n", t1 - t0, sum);
  return 0;
}
