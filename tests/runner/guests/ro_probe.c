/* Read-only mount check. Usage: ro_probe DIR
   DIR holds input.txt, rewrite.txt, delete-me.txt and keep/ (see
   runner_test.py). Tries every kind of change and prints one line per
   attempt: "<op>: changed" or "<op>: refused"; then reads input.txt. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *dir;
static char buf[1024];

static const char *at(const char *name) {
  snprintf(buf, sizeof buf, "%s/%s", dir, name);
  return buf;
}

static void report(const char *op, int ok) { printf("%s: %s\n", op, ok ? "changed" : "refused"); }

int main(int argc, char **argv) {
  char other[1024];
  dir = argc > 1 ? argv[1] : ".";
  int fd = open(at("new.txt"), O_WRONLY | O_CREAT, 0644);
  report("create", fd >= 0 && write(fd, "x", 1) == 1);
  if (fd >= 0) close(fd);
  fd = open(at("rewrite.txt"), O_WRONLY | O_APPEND);
  report("append", fd >= 0 && write(fd, "x", 1) == 1);
  if (fd >= 0) close(fd);
  fd = open(at("rewrite.txt"), O_RDWR);
  report("write", fd >= 0 && write(fd, "x", 1) == 1);
  if (fd >= 0) close(fd);
  report("truncate", truncate(at("rewrite.txt"), 0) == 0);
  report("mkdir", mkdir(at("newdir"), 0755) == 0);
  report("unlink", unlink(at("delete-me.txt")) == 0);
  snprintf(other, sizeof other, "%s/renamed.txt", dir);
  report("rename", rename(at("input.txt"), other) == 0);
  /* The runtime (0.16.0) only removes a directory it has looked up before:
     a bare rmdir of an unseen directory fails with ENOENT. */
  struct stat st;
  stat(at("keep/empty"), &st);
  report("rmdir", rmdir(at("keep/empty")) == 0);
  FILE *f = fopen(at("input.txt"), "r");
  size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
  buf[n] = 0;
  if (f) fclose(f);
  printf("input: %s", buf);
  return 0;
}
