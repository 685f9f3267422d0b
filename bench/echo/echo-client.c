/*
 * echo-client: load generator for bench/echo (built natively). CLIENTS
 * threads each keep one connection and do request/response round trips of
 * SIZE bytes for SECONDS seconds; prints the total requests per second and
 * payload throughput as one line:  "<rps> <MiB/s> <requests>".
 *
 * Usage: echo-client HOST PORT SIZE CLIENTS SECONDS
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char *host;
static int port, size;
static double seconds;
static volatile int stop;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *client(void *arg) {
    long *count = arg;
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    inet_pton(AF_INET, host, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(s, (struct sockaddr *)&a, sizeof a) != 0) { perror("connect"); exit(1); }
    int one = 1;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    char *out = malloc((size_t)size), *in = malloc((size_t)size);
    memset(out, 'x', (size_t)size);
    while (!stop) {
        size_t off = 0;
        while (off < (size_t)size) {
            ssize_t w = send(s, out + off, (size_t)size - off, 0);
            if (w <= 0) { perror("send"); exit(1); }
            off += (size_t)w;
        }
        off = 0;
        while (off < (size_t)size) {
            ssize_t r = recv(s, in + off, (size_t)size - off, 0);
            if (r <= 0) { perror("recv"); exit(1); }
            off += (size_t)r;
        }
        ++*count;
    }
    close(s);
    free(out);
    free(in);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: echo-client HOST PORT SIZE CLIENTS SECONDS\n");
        return 2;
    }
    host = argv[1];
    port = atoi(argv[2]);
    size = atoi(argv[3]);
    int clients = atoi(argv[4]);
    seconds = atof(argv[5]);
    pthread_t *t = calloc((size_t)clients, sizeof *t);
    long *counts = calloc((size_t)clients, sizeof *counts);
    double t0 = now();
    for (int i = 0; i < clients; ++i) pthread_create(&t[i], NULL, client, &counts[i]);
    struct timespec d = {(time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9)};
    nanosleep(&d, NULL);
    stop = 1;
    for (int i = 0; i < clients; ++i) pthread_join(t[i], NULL);
    double dt = now() - t0;
    long total = 0;
    for (int i = 0; i < clients; ++i) total += counts[i];
    printf("%.0f %.2f %ld\n", total / dt, total * (double)size / dt / (1 << 20), total);
    return 0;
}
