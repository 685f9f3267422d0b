/* Small helpers shared by the network test guests. */
#ifndef NETTEST_H
#define NETTEST_H

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int nt_failures;

#define CHECK(cond) do { if (!(cond)) { \
    printf("FAIL %s:%d: %s (errno %d %s)\n", __FILE__, __LINE__, #cond, errno, strerror(errno)); \
    fflush(stdout); nt_failures++; } } while (0)
#define REQUIRE(cond) do { if (!(cond)) { \
    printf("FATAL %s:%d: %s (errno %d %s)\n", __FILE__, __LINE__, #cond, errno, strerror(errno)); \
    fflush(stdout); exit(1); } } while (0)
/* expr must fail with -1 and errno e. */
#define CHECK_ERR(expr, e) do { errno = 0; long nt_r_ = (long)(expr); \
    if (nt_r_ != -1 || errno != (e)) { \
        printf("FAIL %s:%d: %s gave %ld errno %d (%s), want -1 errno %d (%s)\n", __FILE__, __LINE__, #expr, \
               nt_r_, errno, strerror(errno), (e), strerror(e)); fflush(stdout); nt_failures++; } } while (0)

static inline struct sockaddr_in nt_v4(const char *ip, int port) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}

static inline struct sockaddr_in6 nt_v6(const char *ip, int port) {
    struct sockaddr_in6 a;
    memset(&a, 0, sizeof a);
    a.sin6_family = AF_INET6;
    a.sin6_port = htons((unsigned short)port);
    inet_pton(AF_INET6, ip, &a.sin6_addr);
    return a;
}

static inline long long nt_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A listening TCP socket on ip:port (SO_REUSEADDR set), or exit. */
static inline int nt_listen(int family, const char *ip, int port) {
    int s = socket(family, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    int one = 1;
    CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0);
    if (family == AF_INET) {
        struct sockaddr_in a = nt_v4(ip, port);
        REQUIRE(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
    } else {
        struct sockaddr_in6 a = nt_v6(ip, port);
        REQUIRE(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
    }
    REQUIRE(listen(s, 128) == 0);
    return s;
}

static inline int nt_done(const char *name) {
    if (nt_failures) {
        printf("%s: %d failure(s)\n", name, nt_failures);
        return 1;
    }
    printf("%s: OK\n", name);
    return 0;
}

#endif
