/* Prints "tick N" once a second for argv[1] seconds (default 30). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 30;
  for (int i = 0; i < n; i++) {
    printf("tick %d\n", i);
    fflush(stdout);
    sleep(1);
  }
  return 0;
}
