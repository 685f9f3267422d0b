// setitimer.cpp - setitimer/getitimer for ITIMER_REAL; the virtual and
// profiling timers need CPU-time accounting WASIX does not have (EINVAL).
#include <errno.h>
#include <sys/time.h>

#include "__support/itimer.hpp"

namespace {

long long to_ns(const struct timeval& tv) {
    return static_cast<long long>(tv.tv_sec) * 1000000000LL + static_cast<long long>(tv.tv_usec) * 1000LL;
}

struct timeval to_tv(long long ns) {
    struct timeval tv;
    tv.tv_sec = static_cast<time_t>(ns / 1000000000LL);
    tv.tv_usec = static_cast<suseconds_t>((ns % 1000000000LL + 999) / 1000);
    if (tv.tv_usec >= 1000000) {
        ++tv.tv_sec;
        tv.tv_usec -= 1000000;
    }
    return tv;
}

}  // namespace

extern "C" int setitimer(int which, const struct itimerval* value, struct itimerval* old) {
    if (which != ITIMER_REAL || !value || value->it_value.tv_usec < 0 || value->it_value.tv_usec >= 1000000 ||
        value->it_interval.tv_usec < 0 || value->it_interval.tv_usec >= 1000000) {
        errno = EINVAL;
        return -1;
    }
    long long old_value = 0, old_interval = 0;
    const int err = __wasix_itimer_set(to_ns(value->it_value), to_ns(value->it_interval), &old_value, &old_interval);
    if (err) {
        errno = err;
        return -1;
    }
    if (old) {
        old->it_value = to_tv(old_value);
        old->it_interval = to_tv(old_interval);
    }
    return 0;
}

extern "C" int getitimer(int which, struct itimerval* cur) {
    if (which != ITIMER_REAL) {
        errno = EINVAL;
        return -1;
    }
    long long value = 0, interval = 0;
    // Re-arming with the current values would restart the runtime's timer:
    // read the bookkeeping only.
    const int err = __wasix_itimer_set(-1, 0, &value, &interval);
    (void)err;  // EINVAL for the probe value, by design
    cur->it_value = to_tv(value);
    cur->it_interval = to_tv(interval);
    return 0;
}
