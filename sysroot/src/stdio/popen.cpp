// popen.cpp - popen/pclose over posix_spawn of "/bin/sh -c command" with the
// child's stdin or stdout on a pipe. The child pids are kept in a small list
// for pclose.
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace {

struct entry {
    FILE* f;
    pid_t pid;
    entry* next;
};
entry* head;
int lock;

void acquire() {
    while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE)) {
    }
}
void release() { __atomic_store_n(&lock, 0, __ATOMIC_RELEASE); }

}  // namespace

extern "C" FILE* popen(const char* cmd, const char* mode) {
    const bool reading = mode[0] == 'r';
    if ((mode[0] != 'r' && mode[0] != 'w')) {
        errno = EINVAL;
        return nullptr;
    }
    entry* e = static_cast<entry*>(malloc(sizeof *e));
    if (!e) return nullptr;
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) {
        free(e);
        return nullptr;
    }
    const int mine = reading ? p[0] : p[1];
    const int theirs = reading ? p[1] : p[0];
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, theirs, reading ? 1 : 0);
    char* argv[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>(cmd), nullptr};
    pid_t pid;
    const int err = posix_spawn(&pid, "/bin/sh", &fa, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(theirs);
    if (err) {
        close(mine);
        free(e);
        errno = err;
        return nullptr;
    }
    fcntl(mine, F_SETFD, 0);
    FILE* f = fdopen(mine, reading ? "r" : "w");
    if (!f) {
        close(mine);
        waitpid(pid, nullptr, 0);
        free(e);
        return nullptr;
    }
    e->f = f;
    e->pid = pid;
    acquire();
    e->next = head;
    head = e;
    release();
    return f;
}

extern "C" int pclose(FILE* f) {
    acquire();
    entry** pp = &head;
    while (*pp && (*pp)->f != f) pp = &(*pp)->next;
    entry* e = *pp;
    if (e) *pp = e->next;
    release();
    if (!e) {
        errno = ECHILD;
        return -1;
    }
    fclose(f);
    int status = -1;
    pid_t r;
    do {
        r = waitpid(e->pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    free(e);
    return r < 0 ? -1 : status;
}
