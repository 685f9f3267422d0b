// posix_spawn_file_actions_adddup2.cpp - dup2(fd, newfd) in the child.
#include <errno.h>
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* fa, int fd, int newfd) {
    if (fd < 0 || newfd < 0) return EBADF;
    return wasix_spawn::add(fa, wasix_spawn::action{wasix_spawn::op::dup2, newfd, fd, 0, 0, nullptr});
}
