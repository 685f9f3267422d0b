// waitpid.cpp - waitpid: wait4 without resource usage.
#include <sys/wait.h>

extern "C" pid_t waitpid(pid_t pid, int* status, int options) {
    return wait4(pid, status, options, nullptr);
}
