// wait.cpp - wait: any child, blocking.
#include <sys/wait.h>

extern "C" pid_t wait(int* status) {
    return wait4(-1, status, 0, nullptr);
}
