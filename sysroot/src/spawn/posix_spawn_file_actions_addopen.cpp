// posix_spawn_file_actions_addopen.cpp - open path as fd in the child.
#include <errno.h>
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* fa, int fd, const char* path, int oflag,
                                                mode_t mode) {
    if (fd < 0) return EBADF;
    return wasix_spawn::add_path(fa, wasix_spawn::action{wasix_spawn::op::open, fd, -1, oflag, mode, nullptr}, path);
}
