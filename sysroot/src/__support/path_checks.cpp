// path_checks.cpp - see path_checks.hpp.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/errno_map.hpp"
#include "__support/path_checks.hpp"

namespace wasix_libc {

path_kind path_lookup(int dirfd, const char* path) noexcept {
    path_kind k{};
    const auto r = wasix::path_filestat_get(wasix::fd_t{dirfd}, wasix::lookupflags_t{}, path);
    if (!r) {
        k.err = posix_errno(r.error());
        return k;
    }
    k.is_dir = r->filetype == wasix::filetype_t::directory;
    k.is_link = r->filetype == wasix::filetype_t::symbolic_link;
    k.size = static_cast<uint64_t>(r->size);
    k.dev = static_cast<uint64_t>(r->dev);
    k.ino = static_cast<uint64_t>(r->ino);
    return k;
}

int path_parent_is_dir(int dirfd, const char* path) noexcept {
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/') --len;  // "a/b/" names b
    while (len > 0 && path[len - 1] != '/') --len;  // drop the last name
    while (len > 1 && path[len - 1] == '/') --len;  // and the slashes before it
    if (len == 0) return 0;                         // the name is directly in dirfd
    char* parent = static_cast<char*>(malloc(len + 1));
    if (!parent) return ENOMEM;
    memcpy(parent, path, len);
    parent[len] = '\0';
    // The parent itself may be a symbolic link to a directory: follow it.
    const auto r = wasix::path_filestat_get(wasix::fd_t{dirfd}, wasix::lookupflags_t::symlink_follow, parent);
    free(parent);
    if (!r) return posix_errno(r.error());
    return r->filetype == wasix::filetype_t::directory ? 0 : ENOTDIR;
}

int path_dir_is_empty(int dirfd, const char* path) noexcept {
    const int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    DIR* d = fdopendir(fd);
    if (!d) {
        const int err = errno;
        close(fd);
        return err;
    }
    int result = 0;
    errno = 0;
    while (const struct dirent* e = readdir(d)) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            result = ENOTEMPTY;
            break;
        }
    }
    if (result == 0 && errno != 0) result = errno;
    closedir(d);
    return result;
}

bool path_has_trailing_slash(const char* path) noexcept {
    const size_t len = strlen(path);
    return len > 1 && path[len - 1] == '/';
}

}  // namespace wasix_libc
