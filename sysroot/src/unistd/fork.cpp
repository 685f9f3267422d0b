// fork.cpp - fork() over proc_fork with a copy of the memory. The module
// must be asyncified (the SDK's drivers do it when proc_fork is imported).
// Refused with ENOTSUP inside a C++ catch block (see __support/catch_guard.hpp).
#include <errno.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/catch_guard.hpp"
#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/pgroup.hpp"

// The parent's pid, recorded by the child of a fork: the bundled runtime's
// proc_parent answers 0 (see getppid.cpp).
extern "C" pid_t __wasix_forked_ppid;
pid_t __wasix_forked_ppid;

// Weak: defined when the program uses signals (__support/signal_callback.cpp).
extern "C" __attribute__((weak)) void __wasix_signal_after_fork(void);
// Weak: defined when the program creates threads (__support/thread_pool.c).
extern "C" __attribute__((weak)) void __wasix_thread_pool_after_fork(void);
// Weak: defined when the program uses timers (__support/timers.cpp).
extern "C" __attribute__((weak)) void __wasix_timers_after_fork(void);
// Weak: defined when the program registers pthread_atfork handlers
// (pthread/pthread_atfork.cpp); which: 0 prepare, 1 parent, 2 child.
extern "C" __attribute__((weak)) void __wasix_run_atfork(int which);

// fork without the atfork handlers (_Fork).
extern "C" pid_t __wasix_fork_raw(void) {
    if (wasix_libc::inside_catch("fork")) {
        errno = ENOTSUP;
        return -1;
    }
    const pid_t parent = getpid();
    const auto r = wasix::proc_fork(wasix::bool_t::_true);
    if (!r) return wasix_libc::fail(r.error());
    const pid_t pid = static_cast<pid_t>(*r);
    if (pid == 0) {
        __wasix_forked_ppid = parent;
        wasix_libc::children_forget();
        wasix_libc::pgroup_after_fork(parent);
        if (__wasix_signal_after_fork) __wasix_signal_after_fork();
        if (__wasix_thread_pool_after_fork) __wasix_thread_pool_after_fork();
        if (__wasix_timers_after_fork) __wasix_timers_after_fork();
    } else {
        wasix_libc::child_added(pid);
    }
    return pid;
}

extern "C" pid_t fork(void) {
    if (__wasix_run_atfork) __wasix_run_atfork(0);
    const int saved = errno;
    const pid_t pid = __wasix_fork_raw();
    const int err = errno;
    if (__wasix_run_atfork) __wasix_run_atfork(pid == 0 ? 2 : 1);
    errno = pid < 0 ? err : saved;
    return pid;
}
