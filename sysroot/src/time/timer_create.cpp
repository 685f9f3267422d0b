// timer_create.cpp - timer_create(): a timer of the libc's timer table
// (__support/timers.hpp), on CLOCK_REALTIME or CLOCK_MONOTONIC, notifying by
// SIGEV_SIGNAL (a null sevp: SIGALRM), SIGEV_NONE or SIGEV_THREAD. The id
// is the table index + 1, so no timer is the null pointer.
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/signal_impl.hpp"
#include "__support/timers.hpp"

extern "C" int timer_create(clockid_t clock, struct sigevent* sevp, timer_t* id) {
    const int index = wasix_timers::clock_index(clock);
    if (index < 0) return wasix_libc::fail_posix(EINVAL);
    wasix_timers::notify how = {};
    how.how = SIGEV_SIGNAL;
    how.signo = SIGALRM;
    if (sevp) {
        how.how = sevp->sigev_notify;
        how.signo = sevp->sigev_signo;
        how.value = sevp->sigev_value;
        how.function = sevp->sigev_notify_function;
        if (how.how == SIGEV_THREAD && sevp->sigev_notify_attributes) {
            how.has_attributes = true;
            how.attributes = *sevp->sigev_notify_attributes;
        }
    }
    switch (how.how) {
    case SIGEV_SIGNAL:
        if (!wasix_signal::valid(how.signo)) return wasix_libc::fail_posix(EINVAL);
        break;
    case SIGEV_NONE:
        break;
    case SIGEV_THREAD:
        if (!how.function) return wasix_libc::fail_posix(EINVAL);
        break;
    default:
        return wasix_libc::fail_posix(EINVAL);
    }
    int slot = 0;
    const int err = wasix_timers::create(index, how, &slot);
    if (err) return wasix_libc::fail_posix(err);
    *id = reinterpret_cast<timer_t>(static_cast<uintptr_t>(slot) + 1);
    return 0;
}
