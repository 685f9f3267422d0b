/* Traps three calls deep (built with -g: the backtrace names each frame and
 * its line). The marker comments name the lines the test expects. */
#include <stdio.h>

__attribute__((noinline)) static void inner(int x) {
  if (x > 0) __builtin_trap(); /* TRAP-LINE */
  printf("not reached\n");
}

__attribute__((noinline)) static void middle(int x) {
  inner(x + 1); /* CALL-LINE */
  printf("not reached\n");
}

int main(int argc, char **argv) {
  (void)argv;
  printf("before trap\n");
  fflush(stdout);
  middle(argc);
  return 0;
}
