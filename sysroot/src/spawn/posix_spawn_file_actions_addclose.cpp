// posix_spawn_file_actions_addclose.cpp - close fd in the child.
#include <errno.h>
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* fa, int fd) {
    if (fd < 0) return EBADF;
    return wasix_spawn::add(fa, wasix_spawn::action{wasix_spawn::op::close, fd, -1, 0, 0, nullptr});
}
