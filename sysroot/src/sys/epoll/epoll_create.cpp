// epoll_create(2).
#include <errno.h>
#include <sys/epoll.h>

#include "__support/errno_map.hpp"

extern "C" int epoll_create(int size) {
    if (size <= 0) return wasix_libc::fail_posix(EINVAL);
    return epoll_create1(0);
}
