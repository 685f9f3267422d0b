// children.cpp - see children.hpp.
//
// Live children are kept in a growing array; the last reaped pids in a
// ring (the runtime does not reuse pids, so a reaped pid stays gone). Both
// under one mutex: fork and wait may run on several threads.
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include <wasix/wasix.hpp>

#include "__support/mutex_guard.hpp"
#include "__support/children.hpp"

namespace wasix_libc {
namespace {

constexpr int reaped_keep = 256;

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
pid_t* g_live;
int g_live_count;
int g_live_cap;
bool g_incomplete;  // a child could not be recorded (out of memory)
pid_t g_reaped[reaped_keep];
int g_reaped_next;


int live_index(pid_t pid) {
    for (int i = 0; i < g_live_count; ++i)
        if (g_live[i] == pid) return i;
    return -1;
}

bool was_reaped(pid_t pid) {
    for (pid_t p : g_reaped)
        if (p == pid) return true;
    return false;
}

}  // namespace

void child_added(pid_t pid) noexcept {
    mutex_guard lock(g_lock);
    // Another thread's wait for any child may already have reaped it.
    if (was_reaped(pid) || live_index(pid) >= 0) return;
    if (g_live_count == g_live_cap) {
        const int cap = g_live_cap ? g_live_cap * 2 : 16;
        pid_t* grown = static_cast<pid_t*>(realloc(g_live, sizeof(pid_t) * static_cast<size_t>(cap)));
        if (!grown) {
            g_incomplete = true;
            return;
        }
        g_live = grown;
        g_live_cap = cap;
    }
    g_live[g_live_count++] = pid;
}

void child_reaped(pid_t pid) noexcept {
    mutex_guard lock(g_lock);
    const int i = live_index(pid);
    if (i >= 0) g_live[i] = g_live[--g_live_count];
    g_reaped[g_reaped_next] = pid;
    g_reaped_next = (g_reaped_next + 1) % reaped_keep;
}

void children_forget() noexcept {
    // The forking thread is the only thread of the child; the lock may have
    // been copied held by another thread of the parent.
    pthread_mutex_init(&g_lock, nullptr);
    g_live_count = 0;
    g_incomplete = false;
    for (pid_t& p : g_reaped) p = 0;
    g_reaped_next = 0;
}

int children_live(pid_t* out, int max) noexcept {
    mutex_guard lock(g_lock);
    int n = 0;
    for (; n < g_live_count && n < max; ++n) out[n] = g_live[n];
    return n;
}

bool child_may_wait(pid_t pid) noexcept {
    if (pid == getpid()) return false;
    mutex_guard lock(g_lock);
    if (live_index(pid) >= 0) return true;
    return g_incomplete && !was_reaped(pid);
}

bool process_exists(pid_t pid) noexcept {
    {
        mutex_guard lock(g_lock);
        if (live_index(pid) >= 0) return true;
        if (was_reaped(pid)) return false;
    }
    // proc_parent fails for a pid the runtime never had (QUIRKS.md,
    // "joining and signalling any pid").
    return static_cast<bool>(wasix::proc_parent(wasix::pid_t{pid}));
}

}  // namespace wasix_libc
