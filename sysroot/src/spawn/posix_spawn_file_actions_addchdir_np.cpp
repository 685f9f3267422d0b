// posix_spawn_file_actions_addchdir_np.cpp - chdir(path) in the child.
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t* fa, const char* path) {
    return wasix_spawn::add_path(fa, wasix_spawn::action{wasix_spawn::op::chdir, -1, -1, 0, 0, nullptr}, path);
}
