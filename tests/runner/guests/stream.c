/* Streaming check: announce readiness, block on stdin for one line, answer,
   then echo the rest of stdin and report the byte count at EOF. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char line[4096];
  setvbuf(stdin, NULL, _IONBF, 0); /* fgets must not read ahead of read(0) below */
  printf("ready\n");
  fflush(stdout);
  fprintf(stderr, "err-ready\n");
  if (!fgets(line, sizeof line, stdin)) {
    printf("no line (EOF)\n");
    return 4;
  }
  line[strcspn(line, "\n")] = 0;
  printf("got <%s>\n", line);
  fflush(stdout);
  size_t total = 0;
  char buf[4096];
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0) {
    fwrite(buf, 1, (size_t)n, stdout);
    fflush(stdout);
    total += (size_t)n;
  }
  printf("eof after %zu bytes\n", total);
  return n < 0 ? 5 : 0;
}
