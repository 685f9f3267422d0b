/* Traps (wasm `unreachable`) after printing a line. */
#include <stdio.h>

int main(void) {
  printf("before trap\n");
  fflush(stdout);
  __builtin_trap();
}
