/* epoll_create()/epoll_create1(): a size above 0 is accepted (and
 * ignored), 0 or negative is EINVAL; epoll_create1 takes EPOLL_CLOEXEC
 * and nothing else; an empty set times out. */
#include <sys/epoll.h>

#include "check.h"

int main(int argc, char **argv) {
    check_scratch(argc, argv);
    int ep = CALL_FD("create.1", epoll_create(1));
    CALL("create.1.getfd", fcntl(ep, F_GETFD));
    close(ep);
    ep = CALL_FD("create.large", epoll_create(100000));
    close(ep);
    CALL("create.0", epoll_create(0));
    CALL("create.negative", epoll_create(-1));
    ep = CALL_FD("create1.cloexec", epoll_create1(EPOLL_CLOEXEC));
    CALL("create1.cloexec.getfd", fcntl(ep, F_GETFD));
    struct epoll_event evs[4];
    long long t0 = check_now_ms();
    CALL("wait.empty", epoll_wait(ep, evs, 4, 150));
    long long dt = check_now_ms() - t0;
    CHECK(dt >= 140 && dt < 5000);
    close(ep);
    CALL("create1.bad_flags", epoll_create1(12345));
    return check_done();
}
