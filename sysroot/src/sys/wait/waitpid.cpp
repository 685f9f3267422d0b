// waitpid.cpp - wait4 (and waitpid, wait, wait3 over it) with proc_join.
// The status word is Linux's (see <sys/wait.h>). Process groups are not
// modelled: pid 0 and pid < -1 wait for any child, like -1.
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <wasix/wasix.hpp>
#include "__support/errno_map.hpp"

extern "C" int __wasix_wait_status(const wasix::join_status_t& st) {
    switch (st.tag) {
    case wasix::join_status_type_t::exit_normal:
        return (static_cast<int>(*st.get_exit_normal()) & 0xff) << 8;
    case wasix::join_status_type_t::exit_signal: {
        const int sig = static_cast<int>(st.get_exit_signal()->signal);
        // A child stopped by the runtime with an exit code but no signal is
        // reported as that exit code.
        if (sig == 0) return (static_cast<int>(st.get_exit_signal()->exit_code) & 0xff) << 8;
        return sig & 0x7f;
    }
    case wasix::join_status_type_t::stopped:
        return ((static_cast<int>(*st.get_stopped()) & 0xff) << 8) | 0x7f;
    default:
        return 0;
    }
}

// Weak: the count of handlers run, when the program uses signals.
extern "C" __attribute__((weak)) uint32_t __wasix_sigdelivered;

static uint32_t handlers_run() {
    return &__wasix_sigdelivered ? __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE) : 0;
}

extern "C" pid_t wait4(pid_t pid, int* status, int options, struct rusage* ru) {
    if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) {
        errno = EINVAL;
        return -1;
    }
    wasix::join_flags_t flags{};
    if (options & WNOHANG) flags |= wasix::join_flags_t::non_blocking;
    if (options & WUNTRACED) flags |= wasix::join_flags_t::wake_stopped;
    for (;;) {
        const uint32_t handlers_before = handlers_run();
        wasix::option_pid_t which = pid > 0 ? wasix::option_pid_t::make_some(wasix::pid_t{pid})
                                            : wasix::option_pid_t::make_none(0);
        const auto r = wasix::proc_join(&which, flags);
        if (!r) {
            // The runtime interrupts proc_join when a signal arrives (e.g. the
            // SIGCHLD of the child's exit). Only a handler that actually ran
            // makes that an EINTR for the caller; otherwise wait again.
            if (r.error() == wasix::errno_t::intr) {
                if (handlers_run() == handlers_before) continue;
                errno = EINTR;
                return -1;
            }
            return wasix_libc::fail(r.error());
        }
        if (r->is_nothing()) {
            if (options & WNOHANG) return 0;
            // Nothing to report and not waiting: no such child.
            errno = ECHILD;
            return -1;
        }
        if (status) *status = __wasix_wait_status(*r);
        if (ru) memset(ru, 0, sizeof *ru);
        return which.is_some() ? static_cast<pid_t>(*which.get_some()) : pid;
    }
}

extern "C" pid_t waitpid(pid_t pid, int* status, int options) {
    return wait4(pid, status, options, nullptr);
}

extern "C" pid_t wait(int* status) {
    return wait4(-1, status, 0, nullptr);
}

extern "C" pid_t wait3(int* status, int options, struct rusage* ru) {
    return wait4(-1, status, options, ru);
}
