// system.cpp - system(): "/bin/sh -c command" through posix_spawn, SIGINT
// and SIGQUIT ignored and SIGCHLD blocked while waiting. Without a shell in
// the guest file system the status is that of a shell exiting with 127;
// system(NULL) says whether /bin/sh exists.
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern "C" char** environ;  // wasi-libc initialises it when referenced

extern "C" int system(const char* cmd) {
    if (!cmd) return access("/bin/sh", X_OK) == 0;
    struct sigaction ign, oldint, oldquit;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGINT, &ign, &oldint);
    sigaction(SIGQUIT, &ign, &oldquit);
    sigset_t chld, oldmask;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &oldmask);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t def;
    sigemptyset(&def);
    if (oldint.sa_handler != SIG_IGN) sigaddset(&def, SIGINT);
    if (oldquit.sa_handler != SIG_IGN) sigaddset(&def, SIGQUIT);
    posix_spawnattr_setsigdefault(&attr, &def);
    posix_spawnattr_setsigmask(&attr, &oldmask);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    char* argv[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>(cmd), nullptr};
    pid_t pid;
    int status = -1;
    const int err = posix_spawn(&pid, "/bin/sh", nullptr, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    if (!err) {
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    } else {
        status = 127 << 8;
    }
    sigaction(SIGINT, &oldint, nullptr);
    sigaction(SIGQUIT, &oldquit, nullptr);
    sigprocmask(SIG_SETMASK, &oldmask, nullptr);
    return status;
}
