/* thread_files.c DIR: files opened by threads that have exited stay open for
 * the process. Each round a thread opens DIR/fN and exits; the main thread
 * then writes, reads back and closes that descriptor, while new threads keep
 * starting. Prints "ok" or the first failure. */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *dir;

static void *opener(void *arg) {
    char path[512];
    snprintf(path, sizeof path, "%s/f%ld", dir, (long)arg);
    return (void *)(long)open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
}

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    dir = argv[1];
    for (long round = 0; round < 8; ++round) {
        pthread_t t;
        void *ret;
        if (pthread_create(&t, NULL, opener, (void *)round) != 0 || pthread_join(t, &ret) != 0) {
            printf("round %ld: thread failed\n", round);
            return 1;
        }
        int fd = (int)(long)ret;
        char out[32], in[32] = {0};
        int n = snprintf(out, sizeof out, "round %ld", round);
        if (fd < 0 || pwrite(fd, out, n, 0) != n || pread(fd, in, sizeof in - 1, 0) != n || memcmp(in, out, n) != 0) {
            printf("round %ld: descriptor %d of an exited thread unusable (%m)\n", round, fd);
            return 1;
        }
        if (close(fd) != 0) {
            printf("round %ld: close: %m\n", round);
            return 1;
        }
    }
    printf("ok\n");
    return 0;
}
