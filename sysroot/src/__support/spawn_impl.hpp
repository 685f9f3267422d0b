// spawn_impl.hpp - the file-action list behind posix_spawn_file_actions_t.
#pragma once
#include <spawn.h>
#include <sys/types.h>

namespace wasix_spawn {

enum class op { open, close, dup2, chdir, fchdir };

struct action {
    op what;
    int fd;       // target descriptor (open, close, dup2's new fd, fchdir)
    int srcfd;    // dup2's old fd
    int oflag;    // open
    mode_t mode;  // open
    char* path;   // open, chdir (owned)
};

}  // namespace wasix_spawn
