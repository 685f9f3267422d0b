/* Writes "written before spinning" to the file argv[1] (if given), prints
 * "spinning" and then loops for ever without a system call. */
#include <stdio.h>
int main(int argc, char **argv) {
  if (argc > 1) {
    FILE *f = fopen(argv[1], "w");
    if (!f || fputs("written before spinning\n", f) < 0 || fclose(f) != 0) return 2;
  }
  printf("spinning\n");
  fflush(stdout);
  for (volatile unsigned long i = 0;; i++) {
  }
}
