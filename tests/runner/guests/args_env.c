/* Prints argc, every argv[i], then NAME=value for each variable named on
   the command line after "--env-names" (or "(unset)"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int names = 0;
  printf("argc=%d\n", argc);
  for (int i = 0; i < argc; i++) printf("argv[%d]=<%s>\n", i, argv[i]);
  for (int i = 1; i < argc; i++) {
    if (names) {
      const char *v = getenv(argv[i]);
      printf("env %s=<%s>\n", argv[i], v ? v : "(unset)");
    } else if (strcmp(argv[i], "--env-names") == 0) {
      names = 1;
    }
  }
  return 0;
}
