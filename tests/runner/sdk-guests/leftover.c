/* What a guest may leave running when its main returns. Usage: leftover MODE
     join   a thread that ends, joined: nothing is left
     spin   a detached thread that loops for ever without a call
     fork   a forked child that closes its output and loops for ever (running
            before main returns)
   Prints one line, then main returns 0. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile unsigned long counter;

static void *spin(void *arg) {
  (void)arg;
  for (;;) counter++;
  return NULL;
}

static void *quick(void *arg) {
  (void)arg;
  return NULL;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "join";
  pthread_t t;
  if (strcmp(mode, "spin") == 0) {
    if (pthread_create(&t, NULL, spin, NULL) != 0) return 2;
    pthread_detach(t);
    usleep(100000); /* the thread is running */
    printf("thread spins\n");
  } else if (strcmp(mode, "fork") == 0) {
    /* The parent returns once the child runs: the child says so through a pipe. */
    int ready[2];
    char byte;
    if (pipe(ready) != 0) return 2;
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
      close(1);
      close(2);
      if (write(ready[1], "r", 1) != 1) _exit(2);
      for (;;) counter++;
    }
    close(ready[1]);
    if (read(ready[0], &byte, 1) != 1) return 2;
    printf("child spins\n");
  } else {
    if (pthread_create(&t, NULL, quick, NULL) != 0 || pthread_join(t, NULL) != 0) return 2;
    printf("joined\n");
  }
  return 0;
}
