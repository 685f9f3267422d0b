// spawn_run.cpp - posix_spawn: over proc_spawn2 when the runtime can do what
// is asked (spawn_direct.cpp), otherwise fork, run the file actions and
// attributes in the child, exec (spawn_impl.hpp). The child reports an exec failure through a
// close-on-exec pipe (EOF means the exec happened), and the parent returns
// that error after reaping the child.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "__support/spawn_impl.hpp"

extern "C" char** environ;  // wasi-libc initialises it when referenced

namespace wasix_spawn {
namespace {

// In the child: returns 0 or the errno of the step that failed.
int apply_attr(const posix_spawnattr_t* attr) {
    if (attr->__flags & POSIX_SPAWN_SETSIGDEF) {
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        for (int sig = 1; sig < _NSIG; ++sig)
            if (sig != SIGKILL && sig != SIGSTOP && sigismember(&attr->__def, sig) == 1) sigaction(sig, &dfl, nullptr);
    }
    if (attr->__flags & POSIX_SPAWN_SETSIGMASK) sigprocmask(SIG_SETMASK, &attr->__mask, nullptr);
    if ((attr->__flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->__pgrp) != 0) return errno;
    if ((attr->__flags & POSIX_SPAWN_SETSID) && setsid() < 0) return errno;
    return 0;
}

// In the child: returns 0 or the errno of the action that failed.
int apply_action(const action& a) {
    switch (a.what) {
    case op::open: {
        const int fd = open(a.path, a.oflag, a.mode);
        if (fd < 0) return errno;
        if (fd != a.fd) {
            if (dup2(fd, a.fd) < 0) return errno;
            close(fd);
        }
        return 0;
    }
    case op::close:
        close(a.fd);  // closing a descriptor that is not open is not an error
        return 0;
    case op::dup2:
        if (a.srcfd == a.fd) return fcntl(a.fd, F_SETFD, 0) < 0 ? errno : 0;  // keep it open across exec
        return dup2(a.srcfd, a.fd) < 0 ? errno : 0;
    case op::chdir:
        return chdir(a.path) != 0 ? errno : 0;
    case op::fchdir:
        return fchdir(a.fd) != 0 ? errno : 0;
    }
    return 0;
}

// In the child: attributes, file actions, exec. Returns the errno of the
// step that failed.
int child(const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
          char* const argv[], char* const envp[], bool search) {
    if (attr)
        if (const int err = apply_attr(attr)) return err;
    if (fa) {
        const auto* const list = static_cast<const action*>(fa->__actions);
        for (int i = 0; i < fa->__count; ++i)
            if (const int err = apply_action(list[i])) return err;
    }
    char* const* env = envp ? envp : environ;
    if (search)
        execvpe(path, argv, env);
    else
        execve(path, argv, env);
    return errno;
}

}  // namespace

int run(pid_t* pid, const char* path, const posix_spawn_file_actions_t* fa, const posix_spawnattr_t* attr,
        char* const argv[], char* const envp[], bool search) {
    if (can_spawn_direct(fa, attr)) return spawn_direct(pid, path, fa, attr, argv, envp, search);
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) return errno;
    const pid_t pid_child = fork();
    if (pid_child < 0) {
        const int err = errno;
        close(report[0]);
        close(report[1]);
        return err;
    }
    if (pid_child == 0) {
        close(report[0]);
        const int err = child(path, fa, attr, argv, envp, search);
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
        waitpid(pid_child, nullptr, 0);
        return err;
    }
    if (pid) *pid = pid_child;
    return 0;
}

}  // namespace wasix_spawn
