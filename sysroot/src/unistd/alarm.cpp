// alarm.cpp - alarm(): SIGALRM after secs seconds (0 cancels); returns the
// seconds left on the previous alarm, rounded up.
#include <unistd.h>

#include "__support/itimer.hpp"

extern "C" unsigned alarm(unsigned secs) {
    long long left = 0;
    __wasix_itimer_set(static_cast<long long>(secs) * 1000000000LL, 0, &left, nullptr);
    return static_cast<unsigned>((left + 999999999LL) / 1000000000LL);
}
