/* A non-blocking, level-triggered epoll echo server for the host-driven test
 * (epoll_clients): serves until a client sends "QUIT\n", then prints how
 * many connections it accepted. Usage: epoll_server.wasm PORT */
#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>

#include "nettest.h"

#define MAX_EVENTS 64

int main(int argc, char **argv) {
    int port = argc > 1 ? atoi(argv[1]) : 47110;
    int l = nt_listen(AF_INET, "127.0.0.1", port);
    REQUIRE(fcntl(l, F_SETFL, fcntl(l, F_GETFL) | O_NONBLOCK) == 0);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    REQUIRE(ep >= 0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = l};
    REQUIRE(epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) == 0);
    printf("LISTENING %d\n", port);
    fflush(stdout);

    int accepted = 0, quit = 0;
    struct epoll_event events[MAX_EVENTS];
    while (!quit) {
        int n = epoll_wait(ep, events, MAX_EVENTS, 30000);
        REQUIRE(n >= 0);
        if (n == 0) { printf("timeout waiting for clients\n"); return 1; }
        for (int i = 0; i < n; ++i) {
            int fd = events[i].data.fd;
            if (fd == l) {
                for (;;) {
                    int c = accept4(l, NULL, NULL, SOCK_NONBLOCK);
                    if (c < 0) { REQUIRE(errno == EAGAIN); break; }
                    accepted++;
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP, .data.fd = c};
                    REQUIRE(epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev) == 0);
                }
                continue;
            }
            char buf[4096];
            ssize_t r = recv(fd, buf, sizeof buf, 0);
            if (r < 0 && errno == EAGAIN) continue;
            if (r <= 0) {
                REQUIRE(epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL) == 0);
                close(fd);
                continue;
            }
            if (r >= 5 && memcmp(buf, "QUIT\n", 5) == 0) quit = 1;
            ssize_t off = 0;
            while (off < r) {
                ssize_t w = send(fd, buf + off, (size_t)(r - off), MSG_NOSIGNAL);
                if (w < 0 && errno == EAGAIN) {
                    struct pollfd p = {fd, POLLOUT, 0};
                    poll(&p, 1, 1000);
                    continue;
                }
                if (w <= 0) break;
                off += w;
            }
        }
    }
    printf("accepted %d\n", accepted);
    return 0;
}
