// thrd_sleep.cpp - C11 thrd_sleep() on WASIX thread_sleep
// (__support/sleep_for.hpp): 0, or -2 for a failure other than a signal.
#include <threads.h>

#include "__support/sleep_for.hpp"

extern "C" int thrd_sleep(const struct timespec* req, struct timespec*) {
    return wasix_libc::sleep_for(req) == 0 ? 0 : -2;
}
