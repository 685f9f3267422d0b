// spawn_impl.hpp - posix_spawn's internals: the file-action list behind
// posix_spawn_file_actions_t and the fork-and-exec both spawn calls share.
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

// Appends a to fa's list: 0 or ENOMEM.
int add(posix_spawn_file_actions_t* fa, const action& a);
// Appends a with a copy of path: 0 or ENOMEM.
int add_path(posix_spawn_file_actions_t* fa, action a, const char* path);

// Whether spawn_direct can do what fa and attr ask (spawn_direct.cpp).
bool can_spawn_direct(const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr);
// posix_spawn over proc_spawn2. Returns 0 with *pid set, or the errno of the
// step that failed (nothing was started).
int spawn_direct(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
                 char* const argv[], char* const envp[], bool search);

// fork, then in the child apply attr and fa and exec path (searched in
// $PATH when search). Returns 0 with *pid set, or the errno of the step
// that failed (the child is reaped first).
int run(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
        char* const argv[], char* const envp[], bool search);

}  // namespace wasix_spawn
