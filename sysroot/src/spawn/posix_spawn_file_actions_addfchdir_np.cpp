// posix_spawn_file_actions_addfchdir_np.cpp - fchdir(fd) in the child.
#include <errno.h>
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t* fa, int fd) {
    if (fd < 0) return EBADF;
    return wasix_spawn::add(fa, wasix_spawn::action{wasix_spawn::op::fchdir, fd, -1, 0, 0, nullptr});
}
