// posix_spawn.cpp - posix_spawn and posix_spawnp: fork, run the file actions
// and attributes in the child, exec. The child reports an exec failure
// through a close-on-exec pipe (EOF means the exec happened), and posix_spawn
// returns that error after reaping the child.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "__support/spawn_impl.hpp"

using wasix_spawn::action;
using wasix_spawn::op;

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace {

// In the child: returns 0 or the errno of the step that failed.
int prepare(const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr) {
    if (attr) {
        if (attr->__flags & POSIX_SPAWN_SETSIGDEF) {
            struct sigaction dfl;
            memset(&dfl, 0, sizeof dfl);
            dfl.sa_handler = SIG_DFL;
            for (int sig = 1; sig < _NSIG; ++sig)
                if (sig != SIGKILL && sig != SIGSTOP && sigismember(&attr->__def, sig) == 1)
                    sigaction(sig, &dfl, nullptr);
        }
        if (attr->__flags & POSIX_SPAWN_SETSIGMASK) sigprocmask(SIG_SETMASK, &attr->__mask, nullptr);
        if ((attr->__flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->__pgrp) != 0) return errno;
        if ((attr->__flags & POSIX_SPAWN_SETSID) && setsid() < 0) return errno;
    }
    if (!fa) return 0;
    const auto* const list = static_cast<const action*>(fa->__actions);
    for (int i = 0; i < fa->__count; ++i) {
        const action& a = list[i];
        switch (a.what) {
        case op::open: {
            const int fd = open(a.path, a.oflag, a.mode);
            if (fd < 0) return errno;
            if (fd != a.fd) {
                if (dup2(fd, a.fd) < 0) return errno;
                close(fd);
            }
            break;
        }
        case op::close:
            close(a.fd);  // closing a descriptor that is not open is not an error
            break;
        case op::dup2:
            if (a.srcfd == a.fd) {
                // Keep it open across exec.
                if (fcntl(a.fd, F_SETFD, 0) < 0) return errno;
            } else if (dup2(a.srcfd, a.fd) < 0) {
                return errno;
            }
            break;
        case op::chdir:
            if (chdir(a.path) != 0) return errno;
            break;
        case op::fchdir:
            if (fchdir(a.fd) != 0) return errno;
            break;
        }
    }
    return 0;
}

int spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
          char* const argv[], char* const envp[], bool search) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) return errno;
    const pid_t child = fork();
    if (child < 0) {
        const int err = errno;
        close(report[0]);
        close(report[1]);
        return err;
    }
    if (child == 0) {
        close(report[0]);
        int err = prepare(fa, attr);
        if (!err) {
            char* const* env = envp ? envp : environ;
            if (search)
                execvpe(path, argv, env);
            else
                execve(path, argv, env);
            err = errno;
        }
        (void)!write(report[1], &err, sizeof err);
        _exit(127);
    }
    close(report[1]);
    int err = 0;
    ssize_t got;
    do {
        got = read(report[0], &err, sizeof err);
    } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == static_cast<ssize_t>(sizeof err) && err) {
        waitpid(child, nullptr, 0);
        return err;
    }
    if (pid) *pid = child;
    return 0;
}

}  // namespace

extern "C" int posix_spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa,
                           const posix_spawnattr_t* attr, char* const argv[], char* const envp[]) {
    return spawn(pid, path, fa, attr, argv, envp, false);
}

extern "C" int posix_spawnp(pid_t* pid, const char* file, const posix_spawn_file_actions_t* fa,
                            const posix_spawnattr_t* attr, char* const argv[], char* const envp[]) {
    return spawn(pid, file, fa, attr, argv, envp, true);
}
