// getpgid.cpp - getpgid(). WASIX has neither process groups nor sessions:
// every process is reported as the leader of its own group and session
// (getpgrp, setpgid, setpgrp, getsid, setsid and killpg follow the same
// model).
#include <errno.h>
#include <unistd.h>

#include "__support/errno_map.hpp"

extern "C" pid_t getpgid(pid_t pid) {
    if (pid < 0) return wasix_libc::fail_posix(ESRCH);
    return pid == 0 ? getpid() : pid;
}
