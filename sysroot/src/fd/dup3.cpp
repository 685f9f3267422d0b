// dup3.cpp - dup3(old, new, O_CLOEXEC).
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

extern "C" int __wasix_dup_onto(int oldfd, int newfd, int cloexec);

extern "C" int dup3(int oldfd, int newfd, int flags) {
    if (oldfd == newfd || (flags & ~O_CLOEXEC)) {
        errno = EINVAL;
        return -1;
    }
    return __wasix_dup_onto(oldfd, newfd, (flags & O_CLOEXEC) != 0);
}
