// pgid.cpp - process groups and sessions. WASIX has neither: every process
// is reported as the leader of its own group and session; changing that is
// refused with EPERM, except the calls that would leave it unchanged.
#include <errno.h>
#include <unistd.h>

extern "C" pid_t getpgid(pid_t pid) {
    if (pid < 0) {
        errno = ESRCH;
        return -1;
    }
    return pid == 0 ? getpid() : pid;
}

extern "C" pid_t getpgrp(void) {
    return getpid();
}

extern "C" int setpgid(pid_t pid, pid_t pgid) {
    const pid_t self = getpid();
    if (pid < 0 || pgid < 0) {
        errno = EINVAL;
        return -1;
    }
    if ((pid == 0 || pid == self) && (pgid == 0 || pgid == self)) return 0;
    errno = EPERM;
    return -1;
}

extern "C" int setpgrp(void) {
    return setpgid(0, 0);
}

extern "C" pid_t getsid(pid_t pid) {
    return getpgid(pid);
}

extern "C" pid_t setsid(void) {
    // Already a group leader, which POSIX answers with EPERM; programs that
    // daemonize ignore the result, so report success with the own pid.
    return getpid();
}
