// fexecve.cpp - WASIX can only exec by path, and a descriptor's path is not
// known: ENOSYS, after EBADF for a descriptor that is not open.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" int fexecve(int fd, char* const[], char* const[]) {
    if (fcntl(fd, F_GETFD) < 0) return -1;
    return wasix_libc::fail_posix(ENOSYS);
}
