// pclose.cpp - pclose(): close a popen stream and wait for its shell; the
// shell's status, or -1 (ECHILD for a stream popen did not open).
#include <errno.h>
#include <stdio.h>
#include <sys/wait.h>

#include "__support/errno_map.hpp"
#include "__support/popen_list.hpp"

extern "C" int pclose(FILE* f) {
    const pid_t pid = wasix_libc::popen_take(f);
    if (pid < 0) return wasix_libc::fail_posix(ECHILD);
    fclose(f);
    int status = -1;
    pid_t r;
    do {
        r = waitpid(pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -1 : status;
}
