/* A guest that never ends by itself, built with the SDK (fork, pipe):
 *   stuck pipe      blocks reading a pipe nobody writes
 *   stuck child     forks a child that sleeps for ever and waits for it
 *   stuck orphan    forks a child that sleeps for ever and returns 3 from main
 * Each prints "ready" first. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "";
  if (strcmp(mode, "pipe") == 0) {
    int p[2];
    char c;
    if (pipe(p) != 0) return 10;
    printf("ready\n");
    fflush(stdout);
    return read(p[0], &c, 1) == 1 ? 0 : 11;
  }
  pid_t pid = fork();
  if (pid < 0) return 12;
  if (pid == 0) {
    for (;;) sleep(1);
  }
  printf("ready\n");
  fflush(stdout);
  if (strcmp(mode, "orphan") == 0) return 3;
  int status;
  return waitpid(pid, &status, 0) == pid ? 0 : 13;
}
