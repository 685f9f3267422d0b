// popen.cpp - popen(): posix_spawn of "/bin/sh -c command" with the child's
// stdin or stdout on a pipe; the child is remembered for pclose
// (__support/popen_list.hpp).
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "__support/errno_map.hpp"
#include "__support/popen_list.hpp"

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace {

// Starts the shell with its stdin (writing) or stdout (reading) on the
// other end of a pipe; returns our end, or -1 with errno set.
int start(const char* cmd, bool reading, pid_t* pid) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) return -1;
    const int mine = reading ? p[0] : p[1];
    const int theirs = reading ? p[1] : p[0];
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, theirs, reading ? 1 : 0);
    char* argv[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>(cmd), nullptr};
    const int err = posix_spawn(pid, "/bin/sh", &fa, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(theirs);
    if (err) {
        close(mine);
        return wasix_libc::fail_posix(err);
    }
    fcntl(mine, F_SETFD, 0);
    return mine;
}

}  // namespace

extern "C" FILE* popen(const char* cmd, const char* mode) {
    if (mode[0] != 'r' && mode[0] != 'w') {
        wasix_libc::fail_posix(EINVAL);
        return nullptr;
    }
    const bool reading = mode[0] == 'r';
    pid_t pid;
    const int fd = start(cmd, reading, &pid);
    if (fd < 0) return nullptr;
    FILE* f = fdopen(fd, reading ? "r" : "w");
    if (f && wasix_libc::popen_add(f, pid)) return f;
    const int err = f ? ENOMEM : errno;
    if (f)
        fclose(f);
    else
        close(fd);
    waitpid(pid, nullptr, 0);
    wasix_libc::fail_posix(err);
    return nullptr;
}
