/* What one guest can see of another that ran before it. Usage: probe OP... where each OP is
     write:PATH:TEXT   create PATH holding TEXT (prints "write PATH ok" or the error)
     read:PATH         print "read PATH <contents>" or "read PATH error <strerror>"
     env:NAME          print "env NAME=<value>" or "env NAME unset"
   A run server must show a guest nothing another guest left: files, environment, mounts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void do_write(char *arg) {
  char *text = strchr(arg, ':');
  if (!text) return;
  *text++ = 0;
  FILE *f = fopen(arg, "w");
  if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
    printf("write %s error %s\n", arg, strerror(errno));
    return;
  }
  printf("write %s ok\n", arg);
}

static void do_read(const char *path) {
  char buf[256];
  FILE *f = fopen(path, "r");
  if (!f) {
    printf("read %s error %s\n", path, strerror(errno));
    return;
  }
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  printf("read %s <%s>\n", path, buf);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "write:", 6) == 0) do_write(argv[i] + 6);
    else if (strncmp(argv[i], "read:", 5) == 0) do_read(argv[i] + 5);
    else if (strncmp(argv[i], "env:", 4) == 0) {
      const char *v = getenv(argv[i] + 4);
      if (v) printf("env %s=<%s>\n", argv[i] + 4, v);
      else printf("env %s unset\n", argv[i] + 4);
    }
  }
  return 0;
}
