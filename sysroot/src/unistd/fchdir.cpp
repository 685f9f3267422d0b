// fchdir.cpp - fchdir(): chdir to the path the descriptor table keeps for
// the directory (the name it was opened by, or a preopen's name). WASIX gives
// no way to ask for the path of a descriptor, so a directory whose path is
// not known (one inherited across exec) fails with ENOTSUP (ENOTDIR if fd is
// not a directory, EBADF if not open).
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"
#include "__support/fd_table.hpp"

extern "C" int fchdir(int fd) {
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) return wasix_libc::fail(st.error());
    if (st->fs_filetype != wasix::filetype_t::directory) return wasix_libc::fail_posix(ENOTDIR);
    char* path = wasix_libc::fd_path_copy(fd);
    if (!path) return wasix_libc::fail_posix(ENOTSUP);
    const int r = chdir(path);
    free(path);
    return r;
}
