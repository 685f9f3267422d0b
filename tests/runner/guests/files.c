/* Mapped-directory check. Usage: files DIR
   reads DIR/input.txt and prints it, writes DIR/output.txt, appends to
   DIR/sub/log.txt (creating DIR/sub), removes DIR/delete-me.txt,
   rewrites DIR/rewrite.txt, then lists nothing else. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(const char *what, const char *path) {
  fprintf(stderr, "files: %s %s: %s\n", what, path, strerror(errno));
  return 1;
}

int main(int argc, char **argv) {
  char path[1024], buf[1024];
  const char *dir = argc > 1 ? argv[1] : ".";

  snprintf(path, sizeof path, "%s/input.txt", dir);
  FILE *f = fopen(path, "r");
  if (!f) return fail("open", path);
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  printf("input: %s", buf);

  snprintf(path, sizeof path, "%s/output.txt", dir);
  f = fopen(path, "w");
  if (!f) return fail("create", path);
  fprintf(f, "written by guest, input was %zu bytes\n", n);
  if (fclose(f) != 0) return fail("close", path);

  snprintf(path, sizeof path, "%s/sub", dir);
  if (mkdir(path, 0755) != 0 && errno != EEXIST) return fail("mkdir", path);
  snprintf(path, sizeof path, "%s/sub/log.txt", dir);
  f = fopen(path, "a");
  if (!f) return fail("append", path);
  fprintf(f, "log line\n");
  fclose(f);

  snprintf(path, sizeof path, "%s/rewrite.txt", dir);
  f = fopen(path, "w");
  if (!f) return fail("rewrite", path);
  fprintf(f, "new contents\n");
  fclose(f);

  snprintf(path, sizeof path, "%s/delete-me.txt", dir);
  if (unlink(path) != 0) return fail("unlink", path);

  printf("done\n");
  return 0;
}
