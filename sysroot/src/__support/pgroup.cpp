// pgroup.cpp - see pgroup.hpp.
#include "__support/pgroup.hpp"

#include <errno.h>
#include <unistd.h>

#include "__support/children.hpp"

namespace wasix_libc {
namespace {

// 0: not changed since the program started, i.e. the process's own pid.
pid_t g_pgid;
pid_t g_sid;
bool g_session_leader;

}  // namespace

pid_t pgroup_id() noexcept {
    const pid_t g = __atomic_load_n(&g_pgid, __ATOMIC_RELAXED);
    return g ? g : getpid();
}

pid_t session_id() noexcept {
    const pid_t s = __atomic_load_n(&g_sid, __ATOMIC_RELAXED);
    return s ? s : getpid();
}

void set_pgroup_id(pid_t pgid) noexcept { __atomic_store_n(&g_pgid, pgid, __ATOMIC_RELAXED); }

void lead_session(pid_t self) noexcept {
    __atomic_store_n(&g_pgid, self, __ATOMIC_RELAXED);
    __atomic_store_n(&g_sid, self, __ATOMIC_RELAXED);
    __atomic_store_n(&g_session_leader, true, __ATOMIC_RELAXED);
}

bool session_leader() noexcept { return __atomic_load_n(&g_session_leader, __ATOMIC_RELAXED); }

void pgroup_after_fork(pid_t parent) noexcept {
    if (!g_pgid) g_pgid = parent;
    if (!g_sid) g_sid = parent;
    g_session_leader = false;  // a child never leads the session it is in
}

int pgroup_lookup(pid_t pid) noexcept {
    if (pid <= 0) return ESRCH;
    return process_exists(pid) ? 0 : ESRCH;
}

}  // namespace wasix_libc
