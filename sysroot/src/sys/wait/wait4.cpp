// wait4.cpp - wait4 over proc_join; waitpid, wait and wait3 call it. The
// status word is Linux's (wait_status.hpp). Process groups are not
// modelled: pid 0 and pid < -1 wait for any child, like -1. A pid that is
// not an unreaped child of the caller is refused before the runtime is
// asked (__support/children.hpp).
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <wasix/wasix.hpp>

#include "__support/children.hpp"
#include "__support/errno_map.hpp"
#include "__support/wait_status.hpp"

// Weak: the count of handlers run, when the program uses signals.
extern "C" __attribute__((weak)) uint32_t __wasix_sigdelivered;

namespace {

uint32_t handlers_run() {
    return &__wasix_sigdelivered ? __atomic_load_n(&__wasix_sigdelivered, __ATOMIC_ACQUIRE) : 0;
}

// The runtime's join of any child misses a child that a non-blocking join
// by its pid once found running (QUIRKS.md, "joining any child"). So the
// children fork recorded are asked one by one, without blocking: the pid of
// the first with a status to report (stored in *which and *out), 0 if none
// has one, -1 if none is known.
pid_t join_known_child(wasix::join_flags_t flags, wasix::option_pid_t* which, wasix::join_status_t* out) {
    pid_t live[64];
    const int n = wasix_libc::children_live(live, 64);
    if (n == 0) return -1;
    for (int i = 0; i < n; ++i) {
        wasix::option_pid_t one = wasix::option_pid_t::make_some(wasix::pid_t{live[i]});
        const auto r = wasix::proc_join(&one, flags | wasix::join_flags_t::non_blocking);
        if (r && !r->is_nothing()) {
            *which = one;
            *out = *r;
            return live[i];
        }
    }
    return 0;
}

}  // namespace

extern "C" pid_t wait4(pid_t pid, int* status, int options, struct rusage* ru) {
    if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) return wasix_libc::fail_posix(EINVAL);
    if (pid > 0 && !wasix_libc::child_may_wait(pid)) return wasix_libc::fail_posix(ECHILD);
    wasix::join_flags_t flags{};
    if (options & WNOHANG) flags |= wasix::join_flags_t::non_blocking;
    if (options & WUNTRACED) flags |= wasix::join_flags_t::wake_stopped;
    wasix::timestamp_t nap = 1000000;  // between rounds of join_known_child: 1 ms, growing
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
                return wasix_libc::fail_posix(EINTR);
            }
            if (r.error() != wasix::errno_t::child || pid > 0) return wasix_libc::fail(r.error());
        }
        // No child to report (ECHILD or "nothing"): see join_known_child.
        wasix::join_status_t js = r ? *r : wasix::join_status_t{};
        if (js.is_nothing() && pid <= 0) {
            const pid_t known = join_known_child(flags, &which, &js);
            if (known < 0 && !r) return wasix_libc::fail(r.error());
            if (known == 0 && !(options & WNOHANG)) {
                // Children are running: wait a little and ask again.
                (void)wasix::thread_sleep(nap);
                if (nap < 20000000) nap *= 2;
                if (handlers_run() != handlers_before) return wasix_libc::fail_posix(EINTR);
                continue;
            }
        }
        if (js.is_nothing()) {
            if (options & WNOHANG) return 0;
            // Nothing to report and not waiting: no such child.
            return wasix_libc::fail_posix(ECHILD);
        }
        const pid_t got = which.is_some() ? static_cast<pid_t>(*which.get_some()) : pid;
        if (!js.is_stopped()) wasix_libc::child_reaped(got);
        if (status) *status = wasix_libc::wait_status(js);
        if (ru) memset(ru, 0, sizeof *ru);
        return got;
    }
}
