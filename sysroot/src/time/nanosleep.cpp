// nanosleep.cpp - nanosleep() on WASIX thread_sleep (__support/sleep_for.hpp).
// Replaces the bottom half's nanosleep.c, which goes through poll_oneoff;
// clock_nanosleep still does, for absolute and non-realtime sleeps.
#include <time.h>

#include "__support/errno_map.hpp"
#include "__support/sleep_for.hpp"

extern "C" int nanosleep(const struct timespec* req, struct timespec*) {
    // rem is never written: the sleep is never interrupted.
    const int err = wasix_libc::sleep_for(req);
    return err ? wasix_libc::fail_posix(err) : 0;
}
