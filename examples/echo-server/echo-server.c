/*
 * echo-server: a non-blocking TCP echo server built on epoll (edge-triggered),
 * written against the plain POSIX/Linux API - the same source builds natively.
 *
 *   dist/bin/wasix-clang -O2 examples/echo-server/echo-server.c -o echo-server.wasm
 *   dist/bin/wasix-run echo-server.wasm 7007            # listens on 127.0.0.1:7007
 *   dist/bin/wasix-run echo-server.wasm 7007 ::1        # or on ::1
 *
 * Usage: echo-server [PORT [ADDRESS]]   (defaults: 7007, 127.0.0.1)
 */
#define _GNU_SOURCE 1 /* accept4 on glibc */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_EVENTS 128
#define BUF_SIZE 65536

/* One connection: bytes read but not yet echoed back. */
struct conn {
    int fd;
    size_t pending_off, pending_len;
    char buf[BUF_SIZE];
};

static int set_nonblocking(int fd) {
    int fl = fcntl(fd, F_GETFL);
    return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static int open_listener(const char *addr, const char *port) {
    struct addrinfo hints, *res, *ai;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int err = getaddrinfo(addr, port, &hints, &res);
    if (err != 0) {
        fprintf(stderr, "echo-server: %s:%s: %s\n", addr, port, gai_strerror(err));
        return -1;
    }
    int fd = -1;
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0) continue;
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, SOMAXCONN) == 0) break;
        perror("echo-server: bind/listen");
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static void close_conn(int ep, struct conn *c) {
    epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    free(c);
}

/* Echo until the socket would block. Returns 0 to keep the connection, -1 to close it. */
static int pump(int ep, struct conn *c) {
    for (;;) {
        while (c->pending_len > 0) {
            ssize_t w = send(c->fd, c->buf + c->pending_off, c->pending_len, MSG_NOSIGNAL);
            if (w < 0) {
                if (errno != EAGAIN) return -1;
                /* wait for EPOLLOUT, then continue */
                struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLET, .data.ptr = c};
                epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
                return 0;
            }
            c->pending_off += (size_t)w;
            c->pending_len -= (size_t)w;
        }
        ssize_t r = recv(c->fd, c->buf, sizeof c->buf, 0);
        if (r == 0) return -1;
        if (r < 0) return errno == EAGAIN ? 0 : -1;
        c->pending_off = 0;
        c->pending_len = (size_t)r;
    }
}

int main(int argc, char **argv) {
    const char *port = argc > 1 ? argv[1] : "7007";
    const char *addr = argc > 2 ? argv[2] : "127.0.0.1";
    int listener = open_listener(addr, port);
    if (listener < 0) return 1;
    int ep = epoll_create1(0);
    if (ep < 0) { perror("echo-server: epoll_create1"); return 1; }
    struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.ptr = NULL};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev) != 0) { perror("echo-server: epoll_ctl"); return 1; }
    printf("echo-server: listening on %s port %s\n", addr, port);
    fflush(stdout);

    struct epoll_event events[MAX_EVENTS];
    for (;;) {
        int n = epoll_wait(ep, events, MAX_EVENTS, -1);
        if (n < 0) {
            if (errno == EINTR) continue;
            perror("echo-server: epoll_wait");
            return 1;
        }
        for (int i = 0; i < n; ++i) {
            struct conn *c = events[i].data.ptr;
            if (c == NULL) { /* the listener: accept everything pending */
                for (;;) {
                    int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
                    if (fd < 0) break;
                    int one = 1;
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    struct conn *nc = calloc(1, sizeof *nc);
                    if (!nc) { close(fd); continue; }
                    nc->fd = fd;
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP | EPOLLET, .data.ptr = nc};
                    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &cev) != 0) { close(fd); free(nc); continue; }
                    if (pump(ep, nc) < 0) close_conn(ep, nc); /* data may already be there */
                }
                continue;
            }
            if (pump(ep, c) < 0) close_conn(ep, c);
        }
    }
}
