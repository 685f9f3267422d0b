// posix_spawn.cpp - posix_spawn(): fork, file actions and attributes, execve
// (__support/spawn_run.cpp).
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa,
                           const posix_spawnattr_t* attr, char* const argv[], char* const envp[]) {
    return wasix_spawn::run(pid, path, fa, attr, argv, envp, false);
}
