// timers.hpp - the timers behind timer_create (POSIX per-process timers) and
// timerfd_create, any number of them, all served by one thread of the libc.
//
// The runtime has a single interval timer per process (itimer.hpp), so these
// do not use it: a service thread sleeps on a futex until the earliest
// deadline of all armed timers (or until a timer is armed, which wakes it),
// then notifies each expired timer:
//   - a timerfd adds the number of expirations to a runtime eventfd, which
//     is what the program's descriptor is: read() takes the count and resets
//     it, blocks or fails with EAGAIN while it is 0, and poll/select/epoll
//     see it readable, all done by the runtime;
//   - SIGEV_SIGNAL dispatches the signal in the libc (as raise() does) with
//     si_code SI_TIMER and the sigev_value;
//   - SIGEV_THREAD runs the function in a new detached thread.
// Deadlines are kept on the monotonic clock; an absolute CLOCK_REALTIME
// time is converted when the timer is armed (a later clock_settime does not
// move it).
#pragma once

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>

namespace wasix_timers {

// How a timer tells of an expiry.
struct notify {
    int how;  // SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD, or kind_fd
    int signo;
    union sigval value;
    void (*function)(union sigval);
    bool has_attributes;
    pthread_attr_t attributes;  // SIGEV_THREAD: a copy of sigev_notify_attributes
    int fd;                      // kind_fd: the eventfd the service thread adds to
    uint32_t open_file;          // kind_fd: the program's descriptor's open file
};
constexpr int kind_fd = -1;

// The table index of a timer_t (timer_create gives out index + 1); -1 for
// the null timer.
inline int index_of(timer_t id) noexcept { return static_cast<int>(reinterpret_cast<intptr_t>(id)) - 1; }

// 0 for CLOCK_REALTIME, 1 for CLOCK_MONOTONIC, -1 for any other clock.
int clock_index(clockid_t clock) noexcept;

// A new disarmed timer on clock (0 or 1); *id gets its number (>= 0).
// 0 or an errno value (EAGAIN when out of memory).
int create(int clock, const notify& how, int* id) noexcept;
// Stops and forgets the timer: 0, or EINVAL for an unknown id.
int destroy(int id) noexcept;
// Arms (it_value non-zero) or disarms it; abstime: it_value is a time on the
// timer's clock. old (may be null) gets what timer_gettime would have.
// 0 or EINVAL (unknown id, malformed timespec).
int set(int id, bool abstime, const struct itimerspec* value, struct itimerspec* old) noexcept;
int get(int id, struct itimerspec* value) noexcept;
// Expirations beyond the one notified, for the last signal; -1 when id is
// unknown.
int overrun(int id) noexcept;
// The timer whose descriptor refers to open file open_file, or -1.
int find_fd(uint32_t open_file) noexcept;
// The timer of timerfd descriptor fd; -1 with errno EBADF (not open) or
// EINVAL (not a timerfd).
int find_descriptor(int fd) noexcept;
// In the child of a fork: the service thread is gone and POSIX timers are
// not inherited. A timerfd's eventfd is shared with the parent, whose
// service keeps adding to it, so the child's copy only reports the time
// left until the child sets the timer (then both processes feed it).
void after_fork() noexcept;

}  // namespace wasix_timers
