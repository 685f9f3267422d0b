// timers.cpp - the timer table and its service thread (timers.hpp).
#include "__support/timers.hpp"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <wasix/wasix.hpp>

#include "__support/fd_table.hpp"
#include "__support/signal_impl.hpp"
#include "__support/wasix_libc_glue.h"

namespace wasix_timers {
namespace {

constexpr int64_t kNs = 1000000000;
constexpr int64_t kForever = INT64_MAX / 4;  // beyond any deadline, without overflow in sums

struct timer {
    bool used;
    int clock;
    notify how;
    int64_t deadline;  // monotonic ns; 0: disarmed
    int64_t interval;  // ns; 0: one-shot
    int64_t overrun_pending;  // expirations while the signal was still pending
    int overrun_last;
    // A timerfd's timer in the child of a fork: the parent's service thread
    // still feeds the shared eventfd, so this copy only reports the time.
    bool inherited;
};

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
timer** g_timers;
int g_count;
bool g_serving;    // the service thread exists
uint32_t g_wake;   // futex: changes whenever a deadline changes

int64_t now_ns(clockid_t clock) noexcept {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return static_cast<int64_t>(ts.tv_sec) * kNs + ts.tv_nsec;
}

int64_t to_ns(const struct timespec& ts) noexcept {
    if (ts.tv_sec >= kForever / kNs) return kForever;
    return static_cast<int64_t>(ts.tv_sec) * kNs + ts.tv_nsec;
}

struct timespec from_ns(int64_t ns) noexcept {
    struct timespec ts;
    ts.tv_sec = static_cast<time_t>(ns / kNs);
    ts.tv_nsec = static_cast<long>(ns % kNs);
    return ts;
}

bool valid(const struct timespec& ts) noexcept { return ts.tv_sec >= 0 && ts.tv_nsec >= 0 && ts.tv_nsec < kNs; }

timer* lookup(int id) noexcept {
    if (id < 0 || id >= g_count || !g_timers[id] || !g_timers[id]->used) return nullptr;
    return g_timers[id];
}

// Expirations due at now (deadline <= now); moves the deadline on or
// disarms a one-shot timer.
int64_t expire(timer* t, int64_t now) noexcept {
    if (t->interval == 0) {
        t->deadline = 0;
        return 1;
    }
    const int64_t n = 1 + (now - t->deadline) / t->interval;
    t->deadline += n * t->interval;
    return n;
}

void add_to_eventfd(int fd, int64_t count) noexcept {
    uint64_t value = static_cast<uint64_t>(count);
    wasix::ciovec_t out{reinterpret_cast<const uint8_t*>(&value), sizeof value};
    (void)wasix::fd_write(wasix::fd_t{fd}, {&out, 1});
}

// Takes the count the eventfd has (its descriptor is non-blocking).
void drain_eventfd(int fd) noexcept {
    uint64_t value = 0;
    wasix::iovec_t in{reinterpret_cast<uint8_t*>(&value), sizeof value};
    (void)wasix::fd_read(wasix::fd_t{fd}, {&in, 1});
}

struct thread_job {
    void (*function)(union sigval);
    union sigval value;
};

void* run_job(void* arg) {
    const thread_job job = *static_cast<thread_job*>(arg);
    free(arg);
    job.function(job.value);
    return nullptr;
}

void start_thread(const notify& how) noexcept {
    auto* job = static_cast<thread_job*>(malloc(sizeof(thread_job)));
    if (!job) return;
    job->function = how.function;
    job->value = how.value;
    pthread_attr_t attr;
    if (how.has_attributes) {
        attr = how.attributes;
    } else {
        pthread_attr_init(&attr);
    }
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_job, job) != 0) free(job);
}

// Notifies t of count expirations with g_lock held. A signal or a thread
// is left to the caller (returns true and fills *out), since a handler or
// the function may call the timer functions.
bool notify_locked(timer* t, int64_t count, notify* out) noexcept {
    switch (t->how.how) {
    case kind_fd:
        add_to_eventfd(t->how.fd, count);
        return false;
    case SIGEV_SIGNAL:
        if (__atomic_load_n(&__wasix_sigpending, __ATOMIC_ACQUIRE) & wasix_signal::bit(t->how.signo)) {
            // Still pending from an earlier expiry: it counts as an overrun.
            t->overrun_pending += count;
            t->overrun_last = static_cast<int>(t->overrun_pending < INT_MAX ? t->overrun_pending : INT_MAX);
            return false;
        }
        {
            const int64_t over = t->overrun_pending + count - 1;
            t->overrun_last = static_cast<int>(over < INT_MAX ? over : INT_MAX);
            t->overrun_pending = 0;
        }
        *out = t->how;
        return true;
    case SIGEV_THREAD:
        *out = t->how;
        return true;
    default:
        return false;
    }
}

void* serve(void*) {
    pthread_mutex_lock(&g_lock);
    for (;;) {
        const int64_t now = now_ns(CLOCK_MONOTONIC);
        int64_t next = kForever;
        timer* due = nullptr;
        for (int i = 0; i < g_count && !due; ++i) {
            timer* t = g_timers[i];
            if (!t || !t->used || t->deadline == 0 || t->inherited) continue;
            if (t->deadline <= now) {
                due = t;
            } else if (t->deadline < next) {
                next = t->deadline;
            }
        }
        if (due) {
            notify how;
            if (notify_locked(due, expire(due, now), &how)) {
                pthread_mutex_unlock(&g_lock);
                if (how.how == SIGEV_SIGNAL) {
                    __wasix_signal_dispatch_value(how.signo, SI_TIMER, how.value);
                } else {
                    start_thread(how);
                }
                pthread_mutex_lock(&g_lock);
            }
            continue;
        }
        const uint32_t seen = __atomic_load_n(&g_wake, __ATOMIC_ACQUIRE);
        pthread_mutex_unlock(&g_lock);
        (void)__wasix_futex_wait(&g_wake, static_cast<int>(seen), next == kForever ? -1 : next - now);
        pthread_mutex_lock(&g_lock);
    }
    return nullptr;
}

// A deadline changed (g_lock held): wake the service thread, or start it.
void deadlines_changed() noexcept {
    __atomic_fetch_add(&g_wake, 1u, __ATOMIC_ACQ_REL);
    if (g_serving) {
        __wasix_futex_wake(&g_wake, 1);
        return;
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    g_serving = pthread_create(&thread, &attr, serve, nullptr) == 0;
    pthread_attr_destroy(&attr);
}

void fill(const timer* t, int64_t now, struct itimerspec* out) noexcept {
    int64_t left = 0;
    if (t->deadline != 0) {
        left = t->deadline - now;
        // Expired but not yet served: a repeating timer is already in its
        // next period, a one-shot one is done.
        if (left <= 0) left = t->interval ? t->interval - (-left) % t->interval : 0;
    }
    out->it_value = from_ns(left);
    out->it_interval = from_ns(t->interval);
}

}  // namespace

int clock_index(clockid_t clock) noexcept {
    if (clock == CLOCK_REALTIME) return 0;
    if (clock == CLOCK_MONOTONIC) return 1;
    return -1;
}

int create(int clock, const notify& how, int* id) noexcept {
    pthread_mutex_lock(&g_lock);
    int slot = 0;
    while (slot < g_count && g_timers[slot] && g_timers[slot]->used) ++slot;
    if (slot == g_count) {
        auto** grown = static_cast<timer**>(realloc(g_timers, sizeof(timer*) * (g_count + 8)));
        if (!grown) {
            pthread_mutex_unlock(&g_lock);
            return EAGAIN;
        }
        memset(grown + g_count, 0, sizeof(timer*) * 8);
        g_timers = grown;
        g_count += 8;
    }
    if (!g_timers[slot]) g_timers[slot] = static_cast<timer*>(malloc(sizeof(timer)));
    timer* t = g_timers[slot];
    if (!t) {
        pthread_mutex_unlock(&g_lock);
        return EAGAIN;
    }
    memset(t, 0, sizeof *t);
    t->used = true;
    t->clock = clock;
    t->how = how;
    *id = slot;
    pthread_mutex_unlock(&g_lock);
    return 0;
}

int destroy(int id) noexcept {
    pthread_mutex_lock(&g_lock);
    timer* t = lookup(id);
    if (!t) {
        pthread_mutex_unlock(&g_lock);
        return EINVAL;
    }
    t->used = false;
    t->deadline = 0;
    const int own_fd = t->how.how == kind_fd ? t->how.fd : -1;
    if (t->how.has_attributes) pthread_attr_destroy(&t->how.attributes);
    pthread_mutex_unlock(&g_lock);
    if (own_fd >= 0) {
        // Forget the number's record before the number can be handed out again.
        wasix_libc::fd_closed(own_fd);
        (void)wasix::fd_close(wasix::fd_t{own_fd});
    }
    return 0;
}

int set(int id, bool abstime, const struct itimerspec* value, struct itimerspec* old) noexcept {
    if (!valid(value->it_value) || !valid(value->it_interval)) return EINVAL;
    pthread_mutex_lock(&g_lock);
    timer* t = lookup(id);
    if (!t) {
        pthread_mutex_unlock(&g_lock);
        return EINVAL;
    }
    const int64_t now = now_ns(CLOCK_MONOTONIC);
    if (old) fill(t, now, old);
    const int64_t v = to_ns(value->it_value);
    t->interval = v == 0 ? 0 : to_ns(value->it_interval);
    if (v == 0) {
        t->deadline = 0;
    } else if (!abstime) {
        t->deadline = now + v;
    } else {
        const int64_t deadline = t->clock == 0 ? now + (v - now_ns(CLOCK_REALTIME)) : v;
        t->deadline = deadline > 0 ? deadline : 1;
    }
    t->overrun_pending = 0;
    t->inherited = false;
    // A timerfd's count restarts with every setting.
    if (t->how.how == kind_fd) drain_eventfd(t->how.fd);
    deadlines_changed();
    pthread_mutex_unlock(&g_lock);
    return 0;
}

int get(int id, struct itimerspec* value) noexcept {
    pthread_mutex_lock(&g_lock);
    timer* t = lookup(id);
    if (t) fill(t, now_ns(CLOCK_MONOTONIC), value);
    pthread_mutex_unlock(&g_lock);
    return t ? 0 : EINVAL;
}

int overrun(int id) noexcept {
    pthread_mutex_lock(&g_lock);
    timer* t = lookup(id);
    const int n = t ? t->overrun_last : -1;
    pthread_mutex_unlock(&g_lock);
    return n;
}

int find_fd(uint32_t open_file) noexcept {
    pthread_mutex_lock(&g_lock);
    int found = -1;
    for (int i = 0; i < g_count && found < 0; ++i) {
        timer* t = g_timers[i];
        if (t && t->used && t->how.how == kind_fd && t->how.open_file == open_file) found = i;
    }
    pthread_mutex_unlock(&g_lock);
    return found;
}

int find_descriptor(int fd) noexcept {
    if (fd < 0 || !wasix::fd_fdstat_get(wasix::fd_t{fd})) {
        errno = EBADF;
        return -1;
    }
    const uint32_t open_file = wasix_libc::fd_open_file(fd);
    const int id = open_file ? find_fd(open_file) : -1;
    if (id < 0) errno = EINVAL;
    return id;
}

void after_fork() noexcept {
    pthread_mutex_init(&g_lock, nullptr);
    g_serving = false;
    for (int i = 0; i < g_count; ++i) {
        timer* t = g_timers[i];
        if (!t || !t->used) continue;
        if (t->how.how == kind_fd) {
            t->inherited = true;
        } else {
            t->used = false;
        }
    }
}

}  // namespace wasix_timers

extern "C" void __wasix_timers_after_fork(void) { wasix_timers::after_fork(); }
