// posix_spawnp.cpp - posix_spawnp(): posix_spawn with the program looked up
// in $PATH (execvpe).
#include <spawn.h>

#include "__support/spawn_impl.hpp"

extern "C" int posix_spawnp(pid_t* pid, const char* file, const posix_spawn_file_actions_t* fa,
                            const posix_spawnattr_t* attr, char* const argv[], char* const envp[]) {
    return wasix_spawn::run(pid, file, fa, attr, argv, envp, true);
}
