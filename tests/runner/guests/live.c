/* Live-mount check. Usage: live DIR_A DIR_B
   Writes DIR_A/from-guest.txt, says "written", waits for a line on stdin,
   then prints DIR_B/from-host.txt, which the host creates meanwhile. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  char path[1024], line[256];
  if (argc < 3) { fprintf(stderr, "usage: live DIR_A DIR_B\n"); return 2; }
  snprintf(path, sizeof path, "%s/from-guest.txt", argv[1]);
  FILE *f = fopen(path, "w");
  if (!f) { fprintf(stderr, "live: create %s: %s\n", path, strerror(errno)); return 1; }
  fputs("hello from the guest\n", f);
  fclose(f);
  printf("written\n");
  fflush(stdout);
  if (!fgets(line, sizeof line, stdin)) return 3;
  snprintf(path, sizeof path, "%s/from-host.txt", argv[2]);
  f = fopen(path, "r");
  if (!f) { fprintf(stderr, "live: open %s: %s\n", path, strerror(errno)); return 4; }
  size_t n = fread(line, 1, sizeof line - 1, f);
  line[n] = 0;
  fclose(f);
  printf("host says: %s", line);
  return 0;
}
