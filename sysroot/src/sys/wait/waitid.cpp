// waitid.cpp - waitid over wait4 (WEXITED; WNOWAIT is not supported).
#include <errno.h>
#include <string.h>
#include <sys/wait.h>

#include "__support/errno_map.hpp"

extern "C" int waitid(idtype_t type, id_t id, siginfo_t* info, int options) {
    if (!(options & (WEXITED | WSTOPPED | WCONTINUED)) || (options & WNOWAIT) ||
        (type != P_ALL && type != P_PID && type != P_PGID)) {
        return wasix_libc::fail_posix(EINVAL);
    }
    const pid_t which = type == P_PID ? static_cast<pid_t>(id) : -1;
    int status = 0;
    const pid_t got = wait4(which, &status, (options & WNOHANG) | ((options & WSTOPPED) ? WUNTRACED : 0), nullptr);
    if (got < 0) return -1;
    memset(info, 0, sizeof *info);
    if (got == 0) return 0;  // WNOHANG, nothing yet: si_pid stays 0
    info->si_signo = SIGCHLD;
    info->si_pid = got;
    if (WIFEXITED(status)) {
        info->si_code = CLD_EXITED;
        info->si_status = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        info->si_code = CLD_KILLED;
        info->si_status = WTERMSIG(status);
    } else {
        info->si_code = CLD_STOPPED;
        info->si_status = WSTOPSIG(status);
    }
    return 0;
}
