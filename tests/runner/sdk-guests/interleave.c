/* Writes to stdout and stderr in turn, through write() and through stdio,
 * and says whether the runner's hint reached the environment (it must not:
 * the libc takes it out). With "--dup2" it first points descriptor 2 at a
 * pipe of its own, which must end the merge. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--dup2") == 0) {
    int p[2];
    if (pipe(p) != 0 || dup2(p[1], 2) != 2) return 3;
    dprintf(2, "to the pipe\n");
    char buf[64] = {0};
    ssize_t n = read(p[0], buf, sizeof buf - 1);
    printf("pipe got %zd: %s", n, buf);
    return 0;
  }
  printf("hint %s\n", getenv("WASIX_STDERR_IS_STDOUT") ? "visible" : "hidden");
  fflush(stdout);
  for (int i = 0; i < 4; i++) {
    dprintf(1, "out %d\n", i);
    dprintf(2, "err %d\n", i);
  }
  for (int i = 0; i < 3; i++) {
    printf("stdio out %d\n", i);
    fflush(stdout);
    fprintf(stderr, "stdio err %d\n", i);
  }
  return 0;
}
