// epoll_wait(2).
#include <sys/epoll.h>

extern "C" int epoll_wait(int epfd, struct epoll_event* events, int maxevents, int timeout_ms) {
    return epoll_pwait(epfd, events, maxevents, timeout_ms, nullptr);
}
