// fchdir.cpp - fchdir() for preopened directories (their path is known).
// WASIX gives no way to ask for the path of another descriptor: those fail
// with ENOTSUP (ENOTDIR if fd is not a directory, EBADF if not open).
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

extern "C" int fchdir(int fd) {
    const auto st = wasix::fd_fdstat_get(wasix::fd_t{fd});
    if (!st) {
        return wasix_libc::fail(st.error());
    }
    if (st->fs_filetype != wasix::filetype_t::directory) {
        errno = ENOTDIR;
        return -1;
    }
    const auto pre = wasix::fd_prestat_get(wasix::fd_t{fd});
    if (!pre || !pre->is_dir()) {
        errno = ENOTSUP;
        return -1;
    }
    const size_t len = pre->get_dir()->pr_name_len;
    char* name = static_cast<char*>(malloc(len + 1));
    if (!name) {
        errno = ENOMEM;
        return -1;
    }
    const auto got = wasix::fd_prestat_dir_name(wasix::fd_t{fd}, reinterpret_cast<uint8_t*>(name), len);
    name[got ? len : 0] = '\0';
    const int r = got ? chdir(name) : wasix_libc::fail(got.error());
    free(name);
    return r;
}
