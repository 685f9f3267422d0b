// timer_delete.cpp - timer_delete(): disarms and forgets the timer
// (__support/timers.hpp); EINVAL for an id timer_create did not give out.
#include <errno.h>
#include <signal.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/timers.hpp"

extern "C" int timer_delete(timer_t id) {
    const int err = wasix_timers::destroy(wasix_timers::index_of(id));
    return err ? wasix_libc::fail_posix(err) : 0;
}
