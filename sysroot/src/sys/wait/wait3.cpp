// wait3.cpp - wait3: any child, with resource usage.
#include <sys/resource.h>
#include <sys/wait.h>

extern "C" pid_t wait3(int* status, int options, struct rusage* ru) {
    return wait4(-1, status, options, ru);
}
