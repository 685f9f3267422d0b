/* Prints to stdout and stderr; exits with argv[1] (default 0). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  printf("hello from stdout\n");
  fprintf(stderr, "hello from stderr\n");
  return argc > 1 ? atoi(argv[1]) : 0;
}
