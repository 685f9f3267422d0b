/* What a guest may leave running when its main returns. Usage: leftover MODE
     join        a thread that ends, joined: nothing is left
     spin        a detached thread that loops for ever without a call
     wait        a detached thread that waits for ever on a condition variable
     fork        a forked child that closes its output and loops for ever
     fork-wait   a forked child that closes its output and waits for ever in a read
   The threads and children run before main returns. Prints one line, then main returns 0. */
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

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int started;

static void *wait_for_ever(void *arg) {
  (void)arg;
  pthread_mutex_lock(&lock);
  started = 1;
  pthread_cond_broadcast(&never); /* main waits for this */
  for (;;) pthread_cond_wait(&never, &lock);
  return NULL;
}

static void *quick(void *arg) {
  (void)arg;
  return NULL;
}

/* Forks a child that says it runs, then closes its output and spins (or, with wait set,
   reads a pipe that no one writes: it holds the write end itself). */
static int fork_child(int wait) {
  int ready[2], never_written[2];
  char byte;
  if (pipe(ready) != 0 || pipe(never_written) != 0) return -1;
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    close(1);
    close(2);
    if (write(ready[1], "r", 1) != 1) _exit(2);
    if (wait) (void)read(never_written[0], &byte, 1);
    for (;;) counter++;
  }
  close(ready[1]);
  return read(ready[0], &byte, 1) == 1 ? 0 : -1;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "join";
  pthread_t t;
  if (strcmp(mode, "spin") == 0) {
    if (pthread_create(&t, NULL, spin, NULL) != 0) return 2;
    pthread_detach(t);
    usleep(100000); /* the thread is running */
    printf("thread spins\n");
  } else if (strcmp(mode, "wait") == 0) {
    pthread_mutex_lock(&lock);
    if (pthread_create(&t, NULL, wait_for_ever, NULL) != 0) return 2;
    pthread_detach(t);
    while (!started) pthread_cond_wait(&never, &lock);
    pthread_mutex_unlock(&lock);
    printf("thread waits\n");
  } else if (strcmp(mode, "fork") == 0 || strcmp(mode, "fork-wait") == 0) {
    if (fork_child(strcmp(mode, "fork-wait") == 0) != 0) return 2;
    printf(strcmp(mode, "fork") == 0 ? "child spins\n" : "child waits\n");
  } else {
    if (pthread_create(&t, NULL, quick, NULL) != 0 || pthread_join(t, NULL) != 0) return 2;
    printf("joined\n");
  }
  return 0;
}
