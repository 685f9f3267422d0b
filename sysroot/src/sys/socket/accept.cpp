// accept(2).
#include <sys/socket.h>

extern "C" int accept(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
    return accept4(fd, addr, len, 0);
}
