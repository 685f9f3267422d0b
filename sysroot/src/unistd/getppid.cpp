// getppid.cpp - getppid(): what fork recorded in a forked child, otherwise
// proc_parent.
#include <unistd.h>

#include <wasix/wasix.hpp>

// Set in the child by fork(); weak so that getppid does not pull in fork
// (and with it proc_fork, which needs asyncify).
extern "C" __attribute__((weak)) pid_t __wasix_forked_ppid;

extern "C" pid_t getppid(void) {
    // The bundled runtime's proc_parent reports 0 even for a forked child,
    // so a child of fork() answers from what fork recorded.
    if (&__wasix_forked_ppid && __wasix_forked_ppid > 0) return __wasix_forked_ppid;
    const auto self = wasix::proc_id();
    if (!self) return 0;
    const auto r = wasix::proc_parent(*self);
    return r ? static_cast<pid_t>(*r) : 0;
}
