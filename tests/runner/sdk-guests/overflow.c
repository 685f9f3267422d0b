/* Recurses without end. Every level checks a global that nothing writes:
 * if the overflowing stack ran over the program's data it would change, and
 * the guest says so and exits 5; the stack must trap instead (below the
 * data, the bottom of memory is the end of the stack). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile unsigned long sentinel[64] = {0x5a5a5a5aUL};
static volatile unsigned long levels;

static int recurse(volatile char *prev) {
  volatile char frame[200];
  memset((char *)frame, (int)levels, sizeof frame);
  if (prev) frame[0] = prev[1];
  levels++;
  if (sentinel[0] != 0x5a5a5a5aUL) {
    static const char msg[] = "globals overwritten by the stack\n";
    write(2, msg, sizeof msg - 1);
    _exit(5);
  }
  return recurse(frame) + frame[2];
}

int main(void) {
  printf("recursing\n");
  fflush(stdout);
  return recurse(NULL);
}
