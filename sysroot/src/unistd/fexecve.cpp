// fexecve.cpp - WASIX can only exec by path: the path the descriptor table
// keeps for fd (the one it was opened by, fd_table.hpp) is exec'd. A file
// renamed or replaced since it was opened is not followed. ENOSYS for a
// descriptor whose path is not known (one inherited across exec), after
// EBADF for one that is not open.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int fexecve(int fd, char* const argv[], char* const envp[]) {
    if (fcntl(fd, F_GETFD) < 0) return -1;
    char* path = wasix_libc::fd_path_copy(fd);
    if (!path) return wasix_libc::fail_posix(ENOSYS);
    execve(path, argv, envp);
    const int err = errno;
    free(path);
    return wasix_libc::fail_posix(err);
}
