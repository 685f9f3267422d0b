/* Forks once; the child exits at once and the parent reaps it. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  printf("before fork\n");
  fflush(stdout);
  pid_t p = fork();
  if (p == 0) _exit(0);
  waitpid(p, NULL, 0);
  printf("after fork\n");
  return 0;
}
