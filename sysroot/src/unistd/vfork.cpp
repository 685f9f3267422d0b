// vfork.cpp - vfork() is fork(): proc_fork without a memory copy would let
// the child write the parent's memory while both run.
#include <unistd.h>

extern "C" pid_t vfork(void) {
    return fork();
}
